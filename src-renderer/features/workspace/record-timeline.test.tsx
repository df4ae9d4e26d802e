// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceFieldInfo, WorkspaceObjectInfo } from '../../../src-shared/contract';
import { renderWithStudio } from '../run/test-studio';
import { timelineTargetColumn } from './record-timeline';
import { company } from './test-workspace';
import { WorkspaceWindow } from './workspace-window';

const relation = (name: string, type: 'MANY_TO_ONE' | 'ONE_TO_MANY', targetObject: string, joinColumn?: string): WorkspaceFieldInfo => ({
  name, type: type === 'MANY_TO_ONE' ? 'MORPH_RELATION' : 'RELATION', label: name, isNullable: true, isSystem: false, isReadOnly: type === 'ONE_TO_MANY',
  relation: { type, targetObject, ...(joinColumn ? { joinColumn } : {}) },
});

const dealReview: WorkspaceObjectInfo = {
  nameSingular: 'dealReview', namePlural: 'dealReviews', labelSingular: 'Deal review', labelPlural: 'Deal reviews', source: 'app', isSystem: false, labelIdentifierField: 'name', count: 1,
  fields: [{ name: 'id', type: 'UUID', label: 'Id', isNullable: false, isSystem: true, isReadOnly: true }, { name: 'name', type: 'TEXT', label: 'Name', isNullable: true, isSystem: false, isReadOnly: false }, relation('timelineActivities', 'ONE_TO_MANY', 'timelineActivity')],
};
const timelineActivity: WorkspaceObjectInfo = {
  nameSingular: 'timelineActivity', namePlural: 'timelineActivities', labelSingular: 'Timeline Activity', labelPlural: 'Timeline Activities', source: 'standard', isSystem: true, labelIdentifierField: 'name', count: 1,
  fields: [relation('targetCompany', 'MANY_TO_ONE', 'company', 'targetCompanyId'), relation('targetDealReview', 'MANY_TO_ONE', 'dealReview', 'targetDealReviewId')],
};

describe('record timeline', () => {
  afterEach(cleanup);

  it('finds the target<Object>Id column of an app object, and none for an object without a timeline', () => {
    expect(timelineTargetColumn(dealReview, timelineActivity)).toBe('targetDealReviewId');
    expect(timelineTargetColumn(company, timelineActivity)).toBeNull();
    expect(timelineTargetColumn(dealReview, undefined)).toBeNull();
  });

  it('lists the activities that target the open record', async () => {
    const { api, studio } = renderWithStudio(<WorkspaceWindow />, {
      before: (fake) => {
        fake.workspace.objects = [dealReview, timelineActivity];
        fake.workspace.records = {
          dealReview: [{ id: 'r1', name: 'Q3 review' }],
          timelineActivity: [
            { id: 't1', targetDealReviewId: 'r1', happensAt: new Date(0).toISOString(), timelineActivityTypeSnapshot: { label: 'Deal reviewed' }, properties: { score: 4 } },
            { id: 't2', targetDealReviewId: 'other', happensAt: new Date(0).toISOString(), timelineActivityTypeSnapshot: { label: 'Elsewhere' }, properties: null },
          ],
        };
      },
    });
    act(() => studio.workspace.show('records'));
    await waitFor(() => expect(studio.workspace.window.getState().objects?.length).toBe(2));
    await act(async () => {
      await studio.workspace.window.getState().selectObject('dealReview', 'r1');
    });
    await waitFor(() => expect(screen.getAllByTestId('ws-record-timeline-entry')).toHaveLength(1));
    expect(screen.getByTestId('ws-record-timeline-entry').textContent).toContain('Deal reviewed');
    expect(api.callsOf('workspace.records').find((call) => call.object === 'timelineActivity')).toMatchObject({ filter: { targetDealReviewId: { eq: 'r1' } } });
  });
});
