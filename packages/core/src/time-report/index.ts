export {
  actionKey,
  sendTimeReport,
  type TimeReportDeps,
  type TimeReportIssue,
  type TimeReportResult,
} from './send-time-report.js';
