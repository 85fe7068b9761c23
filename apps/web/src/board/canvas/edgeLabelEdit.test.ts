import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH } from '@scaleboard/rules';
import { edgeLabelEdit } from './edgeLabelEdit';

describe('edgeLabelEdit', () => {
  it('writes a new label, trimmed', () => {
    expect(edgeLabelEdit(undefined, '  fan-out on write?  ')).toEqual({ label: 'fan-out on write?' });
    expect(edgeLabelEdit('HTTP', 'gRPC')).toEqual({ label: 'gRPC' });
  });

  it('removes the label when the field is emptied', () => {
    expect(edgeLabelEdit('HTTP', '')).toEqual({ label: undefined });
    expect(edgeLabelEdit('HTTP', '   ')).toEqual({ label: undefined });
  });

  it('changes nothing when the text is the same or there was and is no label', () => {
    expect(edgeLabelEdit('HTTP', ' HTTP ')).toBeNull();
    expect(edgeLabelEdit(undefined, '')).toBeNull();
    expect(edgeLabelEdit('', '  ')).toBeNull();
  });

  it('keeps within the board file limit and drops NUL characters', () => {
    const edit = edgeLabelEdit(undefined, 'x'.repeat(MAX_LABEL_LENGTH + 50));
    expect(edit?.label).toHaveLength(MAX_LABEL_LENGTH);
    expect(edgeLabelEdit(undefined, 'a\u0000b')).toEqual({ label: 'ab' });
  });
});
