import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The server's Prometheus metrics, one registry per app so tests can run several apps. */
export interface Metrics {
  registry: Registry;
  syncConnections: Gauge;
  roomsOpen: Gauge;
  updatesAccepted: Counter;
  updatesDroppedReadOnly: Counter;
  messagesRejected: Counter<'reason'>;
  updatesBroadcast: Counter;
  roomConnections: Gauge;
  relayGaps: Counter;
  /** Seconds from accepting an update to having it in the durable log. */
  persistLag: Histogram;
  /** Seconds from another instance publishing an update to this one receiving it. */
  relayLag: Histogram;
  /** Sync sessions closed because their send buffer reached MAX_SEND_BUFFER_BYTES. */
  slowConsumersClosed: Counter;
  /** The most bytes any sync session had waiting to be sent, since start: how close anyone came to the cap. */
  sendBufferPeakBytes: Gauge;
  /** Sync step 1 requests answered later, merged into one answer (MIN_RESYNC_INTERVAL_MS). */
  syncStep1Coalesced: Counter;
  /** Nodes and edges a read for report, export or summary left out (they break the board file contract). */
  elementsSkipped: Counter<'element'>;
}

const LAG_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** @example const metrics = createMetrics(); await metrics.registry.metrics() */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const metrics: Metrics = {
    registry,
    syncConnections: new Gauge({ name: 'scaleboard_sync_connections', help: 'Open Yjs sync websockets', registers }),
    roomsOpen: new Gauge({ name: 'scaleboard_rooms_open', help: 'Boards held in memory on this instance', registers }),
    updatesAccepted: new Counter({ name: 'scaleboard_updates_accepted_total', help: 'Yjs updates applied and logged', registers }),
    updatesDroppedReadOnly: new Counter({
      name: 'scaleboard_updates_dropped_readonly_total',
      help: 'Yjs updates sent by view-only sessions and dropped',
      registers,
    }),
    messagesRejected: new Counter({
      name: 'scaleboard_sync_messages_rejected_total',
      help: 'Sync messages refused, by reason',
      labelNames: ['reason'],
      registers,
    }),
    updatesBroadcast: new Counter({ name: 'scaleboard_updates_broadcast_total', help: 'Yjs updates sent to peers', registers }),
    roomConnections: new Gauge({ name: 'scaleboard_room_event_connections', help: 'Open Socket.IO connections', registers }),
    persistLag: new Histogram({ name: 'scaleboard_persist_lag_seconds', help: 'Accepted update to durable', buckets: LAG_BUCKETS, registers }),
    relayLag: new Histogram({ name: 'scaleboard_relay_lag_seconds', help: 'Publish on one instance to receipt on another', buckets: LAG_BUCKETS, registers }),
    slowConsumersClosed: new Counter({
      name: 'scaleboard_sync_slow_consumers_closed_total',
      help: 'Sync sessions closed for not reading (send buffer at MAX_SEND_BUFFER_BYTES)',
      registers,
    }),
    sendBufferPeakBytes: new Gauge({ name: 'scaleboard_sync_send_buffer_peak_bytes', help: 'Largest send buffer of any sync session since start', registers }),
    syncStep1Coalesced: new Counter({
      name: 'scaleboard_sync_step1_coalesced_total',
      help: 'Sync step 1 requests merged into a later answer (MIN_RESYNC_INTERVAL_MS)',
      registers,
    }),
    elementsSkipped: new Counter({
      name: 'scaleboard_elements_skipped_total',
      help: 'Nodes and edges left out of a board read for report, export or summary (they break the board file contract)',
      labelNames: ['element'],
      registers,
    }),
    relayGaps: new Counter({ name: 'scaleboard_relay_gaps_total', help: 'Relayed updates that revealed a missed message (caught up from the log)', registers }),
  };
  // Both series from the start, so a rate over them begins at zero rather than at the first skip.
  for (const element of ['node', 'edge', 'sketch']) metrics.elementsSkipped.inc({ element }, 0);
  return metrics;
}
