// Types of build/wasm/secretum.mjs.
export type Severity = 'low' | 'medium' | 'high';
export type Category =
  | 'identifier' | 'reidentification' | 'patient_image' | 'derogatory' | 'hostile'
  | 'defamation' | 'advertising' | 'medical_advice' | 'conflict_of_interest' | 'health_claim';

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 code units, end-exclusive: text.slice(start, end) === finding.text */
  start: number;
  end: number;
  text: string;
  message: string;
  why: string;
  sources: { title: string; url: string }[];
  suggestion: string;
  /** A safe one-click replacement for [start, end), when there is one. */
  replacement?: string;
}

export interface Report {
  lang: 'fr' | 'en';
  message_lang: 'fr' | 'en';
  jurisdiction: 'fr' | 'qc' | 'ca' | 'us' | 'uk';
  truncated: boolean;
  invalid_utf8: boolean;
  counts: { high: number; medium: number; low: number };
  findings: Finding[];
}

export interface AnalyzeOptions {
  lang?: 'auto' | 'fr' | 'en';
  messageLang?: 'auto' | 'fr' | 'en';
  site?: 'x' | 'facebook' | 'linkedin' | 'generic';
  jurisdiction?: 'auto' | 'fr' | 'qc' | 'ca' | 'us' | 'uk';
  minSeverity?: Severity;
  disabledRules?: string[];
  maxFindings?: number;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Report;
  ruleIds(): string[];
  /** Compiles up to `patterns` more patterns now; true once all are compiled (idle warm-up). */
  warmup(patterns?: number): boolean;
  dispose(): void;
}

export function createAnalyzer(options?: {
  /** The bytes of secretum.wasm (node), instantiated without a copy. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** secretum.wasm already compiled (WebAssembly.compile), e.g. while the host did other work. */
  wasmModule?: WebAssembly.Module;
  locateFile?: (name: string) => string;
  defaults?: AnalyzeOptions;
}): Promise<Analyzer>;

export default function createSecretumModule(args?: object): Promise<unknown>;
