import { defaultSettings, type Settings } from '../../../../shared/model/settings';
import { defaultWorkflowsWrittenAt, defaultWorkflowTemplates } from '../default-workflows';
import type { StoredRecord } from '../snapshot';
import { fill } from './0002-client-book';
import type { Migration } from './index';

/**
 * Schema 3, work: the new task fields, the service request and workflow collections, the default
 * workflow templates, and response-time targets in settings. Existing tasks become one-off tasks
 * with no time of day, checklist or links; their last change is the last thing known about them.
 */
export const work: Migration = {
  version: 3,
  name: 'work',
  up(image) {
    const { collections } = image;
    fill(collections.tasks, (task) => ({
      dueTime: null,
      checklist: [],
      recurrence: null,
      seriesId: null,
      occurrence: null,
      skipped: false,
      requestId: null,
      workflowRunId: null,
      updatedAt: task.completedAt ?? task.createdAt,
    }));
    collections.requests ??= new Map();
    collections.workflowRuns ??= new Map();
    const templates = (collections.workflowTemplates ??= new Map());
    for (const template of defaultWorkflowTemplates(defaultWorkflowsWrittenAt)) {
      if (!templates.has(template.id)) templates.set(template.id, template as unknown as StoredRecord);
    }
    const settings = (image.singletons.settings ?? {}) as Partial<Settings>;
    image.singletons.settings = {
      ...settings,
      requestTargetHours: settings.requestTargetHours ?? { ...defaultSettings.requestTargetHours },
    };
  },
};
