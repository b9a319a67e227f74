import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { localeRegion } from '../../../shared/domain/firm-locale';
import { message } from '../../../shared/messages';
import { defaultSettings, packetWording, type AppStatus, type InterfaceLanguage } from '../../../shared/model';
import { demoToday, generateBook } from '../demo/generate';
import { defaultWorkflowTemplates, isUneditedDefault, type WorkflowWording } from '../store/default-workflows';
import { collectionNames, currentSchemaVersion, putOp, setMetaOp, setSettingsOp, type Op } from '../store';
import type { ServiceContext } from './context';

function countWhere<T>(records: Iterable<T>, keep: (record: T) => boolean): number {
  let count = 0;
  for (const record of records) if (keep(record)) count++;
  return count;
}

/** The data folder's state; counts are of what the lists show by default (not archived, active). */
export function appStatus(ctx: ServiceContext): AppStatus {
  const { store } = ctx;
  const state = store.state;
  const { location } = store;
  const unreachable = state.mode === 'read-only' && state.reason === 'unreachable';
  const base = {
    office:
      location.kind === 'office'
        ? {
            server: location.server,
            database: location.database,
            login: location.login,
            reachable: !unreachable,
            memberId: store.signIns?.signedIn.memberId ?? null,
            admin: store.signIns?.signedIn.admin ?? false,
            mustChangePassword: store.signIns?.signedIn.mustChangePassword ?? false,
          }
        : null,
    dataDir: ctx.dataDir,
    schemaVersion: currentSchemaVersion,
    firmName: store.settings.firmName,
    counts: {
      clients: countWhere(store.all('clients'), (c) => !c.archived),
      teamMembers: countWhere(store.all('teamMembers'), (m) => m.active),
    },
  };
  // Out of reach, the office book is still shown (read-only, said by `office.reachable`), not the read-only screen.
  if (state.mode === 'read-only' && state.reason !== 'unreachable') {
    return {
      ...base,
      mode: 'read-only',
      readOnlyReason: state.reason,
      fileSchemaVersion: state.reason === 'newer-version' ? state.fileSchemaVersion : null,
      quarantined: state.reason === 'corrupt' ? state.quarantined : [],
      recovery: state.reason === 'corrupt' ? state.recovery : null,
    };
  }
  return {
    ...base,
    mode: store.meta.initializedAt ? 'ready' : 'needs-setup',
    readOnlyReason: null,
    fileSchemaVersion: currentSchemaVersion,
    quarantined: [],
    recovery: null,
  };
}

/**
 * The templates' words for a firm set up in `language` where `locale` is: in English, an Indian firm
 * answers complaints in SEBI's time, as its Hindi ones do, and a US firm by its own procedure and
 * the SEC's and FINRA's record-keeping rather than the UK regulator's; other firms keep the general English.
 */
function workflowWording(language: InterfaceLanguage, locale: string): WorkflowWording {
  if (language !== 'en') return language;
  const region = localeRegion(locale);
  return region === 'IN' ? 'en-IN' : region === 'US' ? 'en-US' : 'en';
}

const alreadySetUp = () => new AppError('CONFLICT', message('setup.bookNotEmpty'));

export function setupHandlers(ctx: ServiceContext): Pick<Handlers, 'app:status' | 'setup:loadDemo' | 'setup:startEmpty'> {
  return {
    'app:status': async () => appStatus(ctx),

    'setup:loadDemo': async ({ region }, { actor }) => {
      await ctx.store.mutate(actor, () => {
        if (ctx.store.meta.initializedAt) throw alreadySetUp();
        const book = generateBook({ scale: 'demo', today: demoToday(ctx.now(), region), region });
        const ops: Op[] = [];
        for (const name of collectionNames) {
          for (const record of book[name]) ops.push(putOp(name, record as never));
        }
        ops.push(setSettingsOp(book.settings), setMetaOp({ initializedAt: ctx.now().toISOString(), origin: 'demo' }));
        return { ops, result: undefined };
      });
      // One large change: fold it into the snapshot now rather than replaying it at every start.
      await ctx.store.compact();
      return appStatus(ctx);
    },

    'setup:startEmpty': async (chosen, { actor }) => {
      await ctx.store.mutate(actor, () => {
        if (ctx.store.meta.initializedAt) throw alreadySetUp();
        const at = ctx.now().toISOString();
        // The locale and currency chosen on the first-run screen (checked against Intl by the contract),
        // and the packets' and workflows' wording in the language of whoever chose them.
        const { language = 'en', ...firmLocale } = chosen;
        const current = { ...defaultSettings, ...ctx.store.settings };
        const wording = workflowWording(language, firmLocale.locale ?? current.locale);
        // A new folder already has them in English from its migrations; a firm should never start without
        // them, and starts with them in its own words unless someone has already edited them.
        const templates = defaultWorkflowTemplates(at, wording).filter((template) => {
          const existing = ctx.store.get('workflowTemplates', template.id);
          return !existing || (wording !== 'en' && isUneditedDefault(existing, 'en'));
        });
        const settings = { ...current, ...firmLocale, packets: { ...current.packets, ...packetWording[language] } };
        return {
          ops: [
            ...templates.map((template) => putOp('workflowTemplates', template)),
            setSettingsOp(settings),
            setMetaOp({ initializedAt: at, origin: 'empty' }),
          ],
          result: undefined,
        };
      });
      return appStatus(ctx);
    },
  };
}
