// Lambda entry point of the order notifier: the table's stream (order changes, filtered by the
// event source mapping) and the daily low-stock rule, both through the stage's alias.
import { loadNotifierConfig } from '../runtime/env/notifierEnvironment';
import { createNotifierHandler } from './createNotifierHandler';

export const handler = createNotifierHandler({ config: loadNotifierConfig() });
