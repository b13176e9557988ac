import { whenOfficeReady } from '../../adapters/office';
import { registerCommands } from './insert-agenda-command';

// Entry of commands.html: the function commands of the manifests' "Insert 1:1 agenda" button.
void whenOfficeReady().then((office) => registerCommands(office));
