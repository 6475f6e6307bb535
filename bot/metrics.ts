import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DeliveryLog, DeliveryLogFields } from '../intake/delivery/deliveryWorker';
import type { PreIntakeDossier } from '../intake/dossier/dossier';

/**
 * Prometheus metrics: aggregates only (counts, durations), never personal data or free
 * text. Besides operations, these are the numbers a region needs to show what praktijkleren
 * brings: screenings by advice, dossiers by status, time to the intake team's first action.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly turns = new Counter({
    name: 'pvbot_turns_total',
    help: 'Turns by activity type',
    labelNames: ['type'],
    registers: [this.registry],
  });
  readonly turnErrors = new Counter({
    name: 'pvbot_turn_errors_total',
    help: 'Failed turns by kind',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  readonly turnSeconds = new Histogram({
    name: 'pvbot_turn_duration_seconds',
    help: 'Turn latency',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly aiFeedback = new Counter({
    name: 'pvbot_ai_feedback_total',
    help: 'Feedback buttons on model-written answers, by reaction (like, dislike)',
    labelNames: ['reaction'],
    registers: [this.registry],
  });
  readonly screenings = new Counter({
    name: 'pvbot_screenings_total',
    help: 'Finished screenings by advice',
    labelNames: ['advies'],
    registers: [this.registry],
  });
  readonly dossiers = new Counter({
    name: 'pvbot_dossier_status_total',
    help: 'Dossier status changes',
    labelNames: ['status'],
    registers: [this.registry],
  });
  readonly quarantined = new Counter({
    name: 'pvbot_dossiers_quarantined_total',
    help: 'Stored dossiers that could not be read and were put aside for beheer',
    registers: [this.registry],
  });
  readonly deliveries = new Counter({
    name: 'pvbot_delivery_events_total',
    help: 'Delivery attempts and outcomes',
    labelNames: ['event'],
    registers: [this.registry],
  });
  readonly timeToDelivery = new Histogram({
    name: 'pvbot_time_to_delivery_seconds',
    help: 'From sending to delivered at the intake team',
    buckets: [1, 5, 30, 60, 300, 1800, 3600, 21600, 86400],
    registers: [this.registry],
  });
  readonly timeToFirstAction = new Histogram({
    name: 'pvbot_time_to_first_team_action_seconds',
    help: "From sending to the intake team's first action",
    buckets: [60, 600, 3600, 14400, 86400, 259200, 604800, 1209600],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'pvbot_' });
  }

  /** Seconds between the dossier's 'verzonden' entry and its latest status. */
  sinceSent(dossier: PreIntakeDossier): number | undefined {
    const sent = dossier.statusHistory.find((s) => s.status === 'verzonden');
    const last = dossier.statusHistory.at(-1);
    return sent && last ? (Date.parse(last.op) - Date.parse(sent.op)) / 1000 : undefined;
  }

  /** Wraps the delivery worker's log so its events are also counted. */
  countingDeliveryLog(inner: DeliveryLog): DeliveryLog {
    const count = (level: keyof DeliveryLog) => (fields: DeliveryLogFields, event: string) => {
      this.deliveries.inc({ event });
      inner[level](fields, event);
    };
    return { info: count('info'), warn: count('warn'), error: count('error') };
  }
}
