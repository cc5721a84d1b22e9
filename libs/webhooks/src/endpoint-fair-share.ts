interface EndpointState {
  inFlight: number;
  parked: Set<string>;
  latencyMs: number;
}

/**
 * At most `limit` deliveries to one endpoint in flight in this process. A job over the limit is parked (delayed) for
 * about as long as the jobs ahead of it need at the endpoint's recent latency, so a slow receiver holds `limit`
 * worker slots at most and the other slots keep serving other sites.
 */
export class EndpointFairShare {
  private readonly endpoints = new Map<string, EndpointState>();

  constructor(private readonly limit: number) {}

  /** null: go ahead (call `leave` afterwards); a number: park the job for that many milliseconds. */
  enter(endpointId: string, jobId: string): number | null {
    let state = this.endpoints.get(endpointId);
    if (!state) {
      state = { inFlight: 0, parked: new Set(), latencyMs: 100 };
      this.endpoints.set(endpointId, state);
    }
    state.parked.delete(jobId);
    if (state.inFlight < this.limit) {
      state.inFlight++;
      return null;
    }
    state.parked.add(jobId);
    const rounds = Math.ceil(state.parked.size / this.limit);
    return Math.round(rounds * Math.max(state.latencyMs, 20) * (1 + Math.random() * 0.1));
  }

  leave(endpointId: string, latencyMs: number): void {
    const state = this.endpoints.get(endpointId);
    if (!state) return;
    state.inFlight--;
    state.latencyMs = state.latencyMs * 0.8 + latencyMs * 0.2;
    if (state.inFlight === 0 && state.parked.size === 0) this.endpoints.delete(endpointId);
  }

  inFlight(endpointId: string): number {
    return this.endpoints.get(endpointId)?.inFlight ?? 0;
  }
}
