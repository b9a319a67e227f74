// What other features use of workflows: they import it from here, never its files (lint: boundaries/entry-point).
// Its styles come with it: a feature showing these parts has them styled.
import './workflows.css';
export { StartWorkflowForm } from './start-workflow-form';
