import { whenOfficeReady } from '../adapters/office';
import { registerCommands } from './outlook-command-insert';

// Entry of commands.html: the function commands of the manifests' "Insert 1:1 agenda" button.
void whenOfficeReady().then((office) => registerCommands(office));
