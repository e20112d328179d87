import { createPreTrafficHook, type HookStatus, type LifecycleHookEvent, type PreTrafficHookDeps } from '../../release/preTrafficHook';
import type { InvokeVersion, SmokeExpectations } from '../../release/smokeChecks';

/** What CodeDeploy sends the hook. */
export const HOOK_EVENT: LifecycleHookEvent = { DeploymentId: 'd-TEST12345', LifecycleEventHookExecutionId: 'hook-execution-1' };

/** The pre-traffic hook reaching the version through `invoke`; what it reports to CodeDeploy is recorded instead of sent. */
export function recordingHook(invoke: InvokeVersion, expectations: SmokeExpectations, migrate?: PreTrafficHookDeps['migrate']) {
  const reported: HookStatus[] = [];
  const reportedFor: LifecycleHookEvent[] = [];
  const hook = createPreTrafficHook({
    invoke,
    ...(migrate ? { migrate } : {}),
    report: async (event, status) => {
      reportedFor.push(event);
      reported.push(status);
    },
    expectations,
    logger: { info: () => undefined, error: () => undefined },
  });
  return { hook, reported, reportedFor };
}
