import { runtimeLine } from '../../../../server/observability/runtimeLine';

const ARN = `arn:aws:lambda:eu-west-1::runtime:${'0123456789abcdef'.repeat(4)}`;
const proc = { version: 'v24.22.3', arch: 'arm64' } as const;

describe('runtimeLine', () => {
  it('names the release, the pinned runtime version and an accepted cache, as the stage setting takes them', () => {
    expect(runtimeLine({ runtimeVersionArn: ARN }, 'accepted', proc)).toEqual({
      node: '24.22.3',
      arch: 'arm64',
      runtimeVersionArn: ARN,
      runtimePinned: true,
      codeCache: 'accepted',
    });
  });

  it('says when the runtime is not pinned and no cache ships', () => {
    expect(runtimeLine({}, undefined, proc)).toEqual({
      node: '24.22.3',
      arch: 'arm64',
      runtimeVersionArn: null,
      runtimePinned: false,
      codeCache: 'none',
    });
  });

  it('reports a rejected cache, and nothing it does not know', () => {
    expect(runtimeLine({}, 'rejected', proc).codeCache).toBe('rejected');
    expect(runtimeLine({}, 'maybe', proc).codeCache).toBe('none');
  });
});
