import os from 'node:os';
import { isbot } from 'isbot';
import { onRequestStart } from './request-start';

/** Set by the request-start subscriber on a crawler's request: the ticket proxy.ts waits on. */
export const CRAWLER_TICKET_HEADER = 'x-meridian-crawler-ticket';
/** A crawler request waits at most this long for its turn, then goes ahead: the lane orders bursts, holds no backlog. */
const MAX_WAIT_MS = 10_000;
/**
 * A turn ends with the response, or after this long: a request still going is waiting on I/O (an outside service, a
 * slow client reading a stream), not rendering, and must not keep the other crawlers out.
 */
const TURN_MS = 1_000;

interface Ticket {
  /** Counted among the lane's running requests, until the response closes or its turn times out. */
  running: boolean;
  /** Its wait or turn is over: it is never counted again. */
  done: boolean;
  /** Ends the wait: true when admitted, false when the client hung up. */
  resume?: (admitted: boolean) => void;
  turnTimer?: NodeJS.Timeout;
}
interface Lane {
  limit: number;
  running: number;
  next: number;
  tickets: Map<string, Ticket>;
  waiting: string[];
}

const LANE = Symbol.for('meridian.crawlerLane');

/** One lane per process, shared by the instrumentation and proxy bundles (each has its own copy of this module). */
function lane(): Lane {
  const holder = globalThis as typeof globalThis & { [LANE]?: Lane };
  return (holder[LANE] ??= {
    limit: Number(process.env.CRAWLER_CONCURRENCY) || os.availableParallelism(),
    running: 0,
    next: 0,
    tickets: new Map(),
    waiting: [],
  });
}

/**
 * Readers before crawlers: a crawler's requests (by user agent, `isbot`) are served at most `CRAWLER_CONCURRENCY`
 * at a time per process (default: one per core), the others wait their turn in order in proxy.ts, never refused.
 * A crawler walking the archive renders pages no cache holds; sixteen such renders at once leave a reader's cached
 * page queued behind all of them, while one per core costs the crawl little (bench:crawl, decision 011). A turn ends
 * when the response closes, sent or abandoned, or after TURN_MS. Requests with a reader's user agent never wait.
 */
export function installCrawlerAdmission(): void {
  onRequestStart('crawler-admission', ({ request, response }) => {
    delete request.headers[CRAWLER_TICKET_HEADER];
    const userAgent = request.headers['user-agent'];
    if (!userAgent || !isbot(userAgent)) return;
    const state = lane();
    const id = String((state.next += 1));
    state.tickets.set(id, { running: false, done: false });
    request.headers[CRAWLER_TICKET_HEADER] = id;
    response.once('close', () => leave(id));
  });
}

/**
 * Whether the request holding `ticketId` may go on: at once for every request but a crawler's beyond the limit, which
 * waits for its turn (or MAX_WAIT_MS); false if its client hung up while it waited, so nothing is rendered for nobody.
 */
export function crawlerTurn(ticketId: string | null): boolean | Promise<boolean> {
  const state = lane();
  const ticket = ticketId ? state.tickets.get(ticketId) : undefined;
  if (!ticket || ticket.done || ticket.running || ticket.resume) return true;
  if (state.running < state.limit) {
    admit(state, ticket);
    return true;
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.waiting = state.waiting.filter((waiting) => waiting !== ticketId);
      ticket.resume = undefined;
      ticket.done = true;
      resolve(true);
    }, MAX_WAIT_MS);
    ticket.resume = (admitted) => {
      clearTimeout(timer);
      ticket.resume = undefined;
      resolve(admitted);
    };
    state.waiting.push(ticketId!);
  });
}

function admit(state: Lane, ticket: Ticket): void {
  state.running += 1;
  ticket.running = true;
  ticket.turnTimer = setTimeout(() => endTurn(state, ticket), TURN_MS);
  ticket.turnTimer.unref();
}

function endTurn(state: Lane, ticket: Ticket): void {
  clearTimeout(ticket.turnTimer);
  ticket.done = true;
  if (!ticket.running) return;
  ticket.running = false;
  state.running -= 1;
  admitWaiting(state);
}

function leave(id: string): void {
  const state = lane();
  const ticket = state.tickets.get(id);
  state.tickets.delete(id);
  if (!ticket) return;
  if (ticket.resume) {
    state.waiting = state.waiting.filter((waiting) => waiting !== id);
    ticket.resume(false);
  }
  endTurn(state, ticket);
}

function admitWaiting(state: Lane): void {
  while (state.running < state.limit && state.waiting.length > 0) {
    const next = state.tickets.get(state.waiting.shift()!);
    if (!next?.resume) continue;
    admit(state, next);
    next.resume(true);
  }
}
