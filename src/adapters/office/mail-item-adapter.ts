import { HostError } from '../../ports/errors';
import type { MailItemPort } from '../../ports/host';
import type { EventBody } from '../../domain/model/calendar';
import { localeFromTag } from '../../i18n/locale';
import { officeCall, officeQueueOf } from './office-call';
import type { OfficeAppointmentCompose, OfficeCallback, OfficeCustomProperties, OfficeLike, OfficeRecipient } from './office-shape';

/**
 * The Outlook appointment being organised, over Office.js. Each method checks the Mailbox requirement set its API
 * needs (and fails fast with HostError 'host-unsupported' where it is missing), goes through the 3-in-flight
 * queue, and rejects with HostError carrying Office's code. The body is only ever prepended to, never rewritten:
 * the user may be typing, and the Teams join block lives there.
 */
export const REQUIREMENTS = {
  subject: '1.1',
  attendees: '1.1',
  times: '1.1',
  bodyType: '1.1',
  bodyRead: '1.3',
  prepend: '1.1',
  customProperties: '1.1',
  notifications: '1.3',
} as const;

/** Custom properties are stored with the item and never sent to attendees; Outlook caps them at 2,500 characters. */
export const CUSTOM_PROPERTIES_LIMIT = 2500;

const toRecipient = (r: OfficeRecipient) => ({ name: r.displayName ?? '', address: r.emailAddress ?? '' });

export function createMailItemAdapter(office: OfficeLike): MailItemPort {
  const enqueue = officeQueueOf(office);
  let customProperties: Promise<OfficeCustomProperties> | null = null;

  const item = (capability: string, version: string): OfficeAppointmentCompose => {
    if (!office.context.requirements.isSetSupported('Mailbox', version)) {
      throw new HostError('host-unsupported', capability, null, `needs Mailbox ${version}`);
    }
    const current = office.context.mailbox.item;
    if (!current) throw new HostError('host-unsupported', capability, null, 'no item is open');
    return current;
  };

  /** Runs one Office call through the queue; requirement failures reject the same way as Office errors. */
  const call = <T>(capability: string, version: string, invoke: (item: OfficeAppointmentCompose, done: OfficeCallback<T>) => void) =>
    enqueue(async () => {
      const target = item(capability, version);
      return officeCall<T>(office, capability, (done) => invoke(target, done));
    });

  const loadCustomProperties = () => {
    customProperties ??= call<OfficeCustomProperties>('item.loadCustomPropertiesAsync', REQUIREMENTS.customProperties, (it, done) =>
      it.loadCustomPropertiesAsync(done),
    ).catch((error: unknown) => {
      customProperties = null; // a later attempt may succeed (e.g. after the network is back)
      throw error;
    });
    return customProperties;
  };

  return {
    displayLanguage: () => localeFromTag(office.context.displayLanguage),
    supports: (version) => office.context.requirements.isSetSupported('Mailbox', version),
    getSubject: () => call<string>('item.subject.getAsync', REQUIREMENTS.subject, (it, done) => it.subject.getAsync(done)),
    async getAttendees() {
      const [required, optional] = await Promise.all([
        call<OfficeRecipient[]>('item.requiredAttendees.getAsync', REQUIREMENTS.attendees, (it, done) => it.requiredAttendees.getAsync(done)),
        call<OfficeRecipient[]>('item.optionalAttendees.getAsync', REQUIREMENTS.attendees, (it, done) => it.optionalAttendees.getAsync(done)),
      ]);
      return { required: required.map(toRecipient), optional: optional.map(toRecipient) };
    },
    async getTimes() {
      const [start, end] = await Promise.all([
        call<Date>('item.start.getAsync', REQUIREMENTS.times, (it, done) => it.start.getAsync(done)),
        call<Date>('item.end.getAsync', REQUIREMENTS.times, (it, done) => it.end.getAsync(done)),
      ]);
      return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
    },
    async getBodyType() {
      const type = await call<string>('item.body.getTypeAsync', REQUIREMENTS.bodyType, (it, done) => it.body.getTypeAsync(done));
      return String(type).toLowerCase() === 'html' ? 'html' : 'text';
    },
    getBody: (type) =>
      call<string>('item.body.getAsync', REQUIREMENTS.bodyRead, (it, done) =>
        it.body.getAsync(String(type === 'html' ? office.CoercionType.Html : office.CoercionType.Text), done),
      ),
    prependBody: (body: EventBody) =>
      call<void>('item.body.prependAsync', REQUIREMENTS.prepend, (it, done) =>
        it.body.prependAsync(body.content, { coercionType: String(body.contentType === 'html' ? office.CoercionType.Html : office.CoercionType.Text) }, done),
      ),
    async getCustomProperty(name) {
      const value = (await loadCustomProperties()).get(name);
      return typeof value === 'string' ? value : null;
    },
    async setCustomProperty(name, value) {
      if (value.length > CUSTOM_PROPERTIES_LIMIT) {
        throw new HostError('host', 'item.customProperties', null, `value longer than ${CUSTOM_PROPERTIES_LIMIT} characters`);
      }
      const properties = await loadCustomProperties();
      properties.set(name, value);
      await enqueue(() => officeCall<void>(office, 'customProperties.saveAsync', (done) => properties.saveAsync(done)));
    },
    notify: (key, message) =>
      call<void>('item.notificationMessages.replaceAsync', REQUIREMENTS.notifications, (it, done) =>
        it.notificationMessages.replaceAsync(
          key,
          { type: String(office.MailboxEnums.ItemNotificationMessageType.InformationalMessage), message: message.slice(0, 150), icon: undefined, persistent: false },
          done,
        ),
      ),
  };
}
