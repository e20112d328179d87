// CDK entry (cdk.json → `npx tsx infra/app.ts`): every stage in infra/stages.ts becomes a stack.
import { buildApp } from './buildApp';

buildApp().synth();
