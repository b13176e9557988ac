/**
 * The Graph pipeline is a chain of small handlers, modelled on the Graph SDK's middleware chain (each step gets
 * the request and the next step). See docs/decisions/own-graph-pipeline.md for why we own it.
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface PipelineRequest {
  method: HttpMethod;
  /** Absolute URL. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Sending it twice leaves the same state (GET, PUT, PATCH, DELETE, a $batch of reads). POST is not. */
  idempotent: boolean;
  /** No bearer token and no request id: pre-authenticated URLs such as a file's download URL. */
  anonymous: boolean;
  /** Scopes for the token; Rapport's standard set when absent. */
  scopes?: readonly string[];
}

/** The answer, with its body read in full while the request still held its concurrency slot. */
export interface RawResponse {
  status: number;
  headers: Headers;
  bodyText: string;
}

export type Handler = (request: PipelineRequest) => Promise<RawResponse>;
export type Middleware = (next: Handler) => Handler;

/** compose(terminal, a, b, c) runs a → b → c → terminal. */
export const compose = (terminal: Handler, ...steps: Middleware[]): Handler =>
  steps.reduceRight<Handler>((next, step) => step(next), terminal);

export interface PipelineTime {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}
