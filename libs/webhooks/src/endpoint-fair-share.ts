interface EndpointState {
  inFlight: number;
  /** The virtual clock of this endpoint's line: when the next parked job may expect a free slot. */
  nextSlotAt: number;
  latencyMs: number;
}

/**
 * At most `limit` deliveries to one endpoint in flight in this process. A job over the limit is parked (delayed)
 * until the slot the endpoint's recent latency promises it, so a slow receiver holds `limit` worker slots at most,
 * the other slots keep serving other sites, and parked jobs seldom come back too early (little churn).
 */
export class EndpointFairShare {
  private readonly endpoints = new Map<string, EndpointState>();

  constructor(private readonly limit: number) {}

  /** null: go ahead (call `leave` afterwards); a number: park the job for that many milliseconds. */
  enter(endpointId: string, now = Date.now()): number | null {
    let state = this.endpoints.get(endpointId);
    if (!state) {
      state = { inFlight: 0, nextSlotAt: 0, latencyMs: 100 };
      this.endpoints.set(endpointId, state);
    }
    if (state.inFlight < this.limit) {
      state.inFlight++;
      return null;
    }
    const slot = Math.max(now, state.nextSlotAt);
    state.nextSlotAt = slot + Math.max(state.latencyMs, 10) / this.limit;
    return Math.max(5, Math.round(slot - now + Math.random() * 5));
  }

  leave(endpointId: string, latencyMs: number): void {
    const state = this.endpoints.get(endpointId);
    if (!state) return;
    state.inFlight--;
    state.latencyMs = state.latencyMs * 0.8 + latencyMs * 0.2;
    if (state.inFlight === 0 && state.nextSlotAt < Date.now()) this.endpoints.delete(endpointId);
  }

  inFlight(endpointId: string): number {
    return this.endpoints.get(endpointId)?.inFlight ?? 0;
  }
}
