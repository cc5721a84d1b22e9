import { Injectable } from '@nestjs/common';
import { abuseScores, detectLanguage } from '@app/moderation';
import { ApiCaller } from '../api-keys/api-keys.service';
import { attributeScore, CategoryScores } from './attribute-scores';
import { AnalyzeRequest, SUPPORTED_LANGUAGES } from './perspective-request';

/** Our language tags in Perspective's spelling; `und` is left out of `detectedLanguages`. */
const PERSPECTIVE_CODE: Record<string, string> = { 'hi-Latn': 'hi-Latn' };

export interface AnalyzeResponse {
  attributeScores: Record<
    string,
    {
      spanScores: { begin: number; end: number; score: { value: number; type: 'PROBABILITY' } }[];
      summaryScore: { value: number; type: 'PROBABILITY' };
    }
  >;
  languages: string[];
  detectedLanguages: string[];
  clientToken?: string;
}

/**
 * Perspective's `comments:analyze` answered by our abuse checks: pure and in-process, one language detection and
 * one scoring per call. Only the requested attributes are answered, each at or above its `scoreThreshold`.
 */
@Injectable()
export class PerspectiveService {
  analyze(_caller: ApiCaller, request: AnalyzeRequest): { response: AnalyzeResponse; flagged: boolean } {
    const text = request.text.normalize('NFC');
    const detected = detectLanguage(text);
    const detectedLanguages = detected === 'und' ? [] : [PERSPECTIVE_CODE[detected] ?? detected];
    const languages = request.languages ?? (detectedLanguages.length ? detectedLanguages : ['en']);
    const scores: CategoryScores = abuseScores(text, { languages: [readingLanguage(languages, detected)] });
    const length = [...text].length;
    const attributeScores: AnalyzeResponse['attributeScores'] = {};
    let flagged = false;
    for (const { name, scoreThreshold } of request.attributes) {
      const value = round(attributeScore(name, scores));
      flagged ||= value >= 0.5;
      if (scoreThreshold !== null && value < scoreThreshold) continue;
      const score = { value, type: 'PROBABILITY' as const };
      attributeScores[name] = { spanScores: [{ begin: 0, end: length, score }], summaryScore: score };
    }
    const response: AnalyzeResponse = { attributeScores, languages, detectedLanguages };
    if (request.clientToken) response.clientToken = request.clientToken;
    return { response, flagged };
  }
}

/** The caller's first supported language wins over our guess: they may know the page is Hindi. */
function readingLanguage(languages: string[], detected: string): string {
  return languages.find((l) => (SUPPORTED_LANGUAGES as readonly string[]).includes(l)) ?? detected;
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000;
}
