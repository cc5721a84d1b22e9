/**
 * A Perspective client written the way Google's own samples call the API (commentanalyzer v1alpha1: POST
 * `comments:analyze?key=API_KEY` with `{ comment: { text }, languages?, requestedAttributes }`), with the endpoint
 * pointed at our service, and read the way those clients read the answer.
 */
export class PerspectiveClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async analyze(text: string, attributes: string[], languages?: string[]) {
    const analyzeRequest = {
      comment: { text },
      ...(languages ? { languages } : {}),
      requestedAttributes: Object.fromEntries(attributes.map((name) => [name, {}])),
    };
    const response = await fetch(
      `${this.baseUrl}/v1alpha1/comments:analyze?key=${encodeURIComponent(this.apiKey)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(analyzeRequest),
      },
    );
    const data = await response.json();
    if (!response.ok) throw Object.assign(new Error(data.error?.message), { status: response.status, data });
    return data as {
      attributeScores: Record<string, { summaryScore: { value: number; type: string } }>;
      languages: string[];
      detectedLanguages: string[];
    };
  }

  /** What clients such as Coral take from the answer: the summary probability of one attribute. */
  static score(data: Awaited<ReturnType<PerspectiveClient['analyze']>>, attribute: string): number {
    return data.attributeScores[attribute].summaryScore.value;
  }
}
