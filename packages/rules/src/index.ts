export {
  COMPONENT_KINDS,
  GROUP_KINDS,
  ANNOTATION_KINDS,
  NODE_KINDS,
  EDGE_KINDS,
  isGroupKind,
  type ComponentKind,
  type GroupKind,
  type NodeKind,
  type EdgeKind,
} from './kinds';
export {
  BOARD_FORMAT,
  boardSchema,
  titleSchema,
  storableText,
  nodeSchema,
  NODE_FIELDS_CHECKED_ALONE,
  edgeSchema,
  assumptionsSchema,
  type Assumptions,
  type Board,
  type BoardNode,
  type BoardEdge,
} from './boardSchema';
export { sketchSchema, SKETCH_SHAPES, SKETCH_LIMITS, type BoardSketch, type SketchShape } from './sketchSchema';
export { TEXT_LIMITS, MAX_TITLE_LENGTH, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, labelLimitOf, storableTextProblem, storableTextOf, textLimitProblem, textProblem, type TextLimit } from './textLimits';
export { MAX_JSON_DEPTH, jsonDeeperThan, tooDeep, isJsonValue } from './jsonDepth';
export { MAX_BOARD_FILE_BYTES } from './boardFileLimit';
export { parseBoard, formatPath, firstIssue, type BoardError, type IssueList, type ParseResult } from './parseBoard';
export { CATALOGUE, CATEGORIES, VERTICAL_CEILING, catalogueOf, type Category, type KindSpec } from './catalogue/catalogue';
export { kindName, kindDescription, propLabel, propDescription, propUnit } from './catalogue/catalogueText';
export type { PropSpec, NumberPropSpec, BooleanPropSpec, EnumPropSpec, PropValue } from './catalogue/propSpec';
export { resolveProps, type ResolvedProps } from './catalogue/resolveProps';
export { propsSchemaOf } from './catalogue/propsSchema';
export { inferKind, inferGroupKind } from './catalogue/inferKind';
export { KIND_ALIASES, searchKinds, MAX_KIND_QUERY, type KindAliases, type KindMatch, type MatchTier } from './catalogue/kindAliases';
export { buildGraph, type BoardGraph, type GraphNode } from './graph/boardGraph';
export { groupChain, type ParentLink } from './graph/groupChain';
export { entries, reachable, requestPath, targets, sources, redundancy } from './graph/paths';
export {
  SEVERITIES,
  type Severity,
  type Finding,
  type RuleHit,
  type Rule,
  type RuleContext,
  type RuleLocality,
  type NodeLoad,
  type LoadMap,
} from './findings/finding';
export { analyze, compareFindings, findingOf, type AnalyzeOptions } from './findings/analyze';
export { RULES, ruleOf } from './rules';
export { ruleText, type RuleText } from './rules/ruleText';
export { LANGS, DEFAULT_LANG, isLang, langOfLocale, type Lang } from './i18n/lang';
export { en, ko, RESOURCES, type Messages, type MessageKey } from './i18n/resources';
export { translate, say, type Message, type MessageParams } from './i18n/translate';
export { componentNames, namesOver, type ComponentNames, type Nameable } from './i18n/componentNames';
export { boardProblem } from './i18n/boardProblem';
export { sketch, type SketchNode, type SketchEdge } from './rules/sketch';
export {
  ASSUMPTION_FIELDS,
  ASSUMPTION_KEYS,
  type AssumptionField,
  type AssumptionKey,
  type AssumptionUnit,
  type EstimateInputKey,
} from './estimate/assumptionFields';
export {
  DEFAULT_ASSUMPTIONS,
  TWITTER_ASSUMPTIONS,
  SECONDS_PER_DAY,
  DAYS_PER_YEAR,
  HOT_READ_SHARE,
  type ResolvedAssumptions,
} from './estimate/defaultAssumptions';
export { estimate, resolveAssumptions, type Estimate, type ServersNeeded } from './estimate/estimate';
export {
  DRILL_ANSWERS,
  DRILL_ANSWER_FIELDS,
  DRILL_TOLERANCE,
  MAX_DRILL_SEED,
  drawDrillCard,
  drillSeedFrom,
  gradeDrill,
  type DrillAnswerKey,
  type DrillAnswers,
  type DrillGrade,
} from './estimate/estimationDrill';
export { roundLikeNote } from './format/roundLikeNote';
export { formatCount, COUNT_UNITS } from './format/formatCount';
export { formatBytes, formatBytesPerSecond } from './format/formatBytes';
export { formatExact, formatExactBytes } from './format/formatExact';
export { APPROX_MARK } from './format/numberLocale';
export { parseQuantity, MAX_QUANTITY_TEXT, type ParsedQuantity, type QuantityKind } from './format/parseQuantity';
export {
  readNumberInput,
  formatNumberInput,
  formatRangeEnd,
  numberInputOfAssumption,
  numberInputOfProp,
  LARGEST_INPUT,
  type NumberInput,
  type NumberInputResult,
} from './format/numberInput';
export { propagate, propagateGraph, seedTraffic, utilization } from './load/propagate';
export { flowOrder, flowTargets } from './load/flowOrder';
export { route, type Emit } from './load/route';
export { addTraffic, shares, type Traffic } from './load/traffic';
export { consumersOf, producersOf } from './graph/queueEnds';
export { report, reportWithAvailability, type Report, type ReportOptions } from './report';
export { LiveAnalysis, type LiveReport, type Touched } from './incremental/LiveAnalysis';
export {
  availability,
  availabilityOfGraph,
  componentAvailability,
  requestStages,
  seriesAvailability,
  stageDowntime,
  stagesInSeries,
  type AvailabilityReport,
  type RequestStages,
} from './availability/availability';
export {
  scenarioSchema,
  instanceRef,
  MAX_SCENARIO_FAILS,
  MAX_SCENARIO_HIT_RATIOS,
  MAX_SCENARIO_ID_LENGTH,
  MAX_TRAFFIC_FACTOR,
  type Scenario,
} from './scenario/scenarioSchema';
export { validateScenario, parseScenario, scenarioProblemMessage, resolveFailTarget, type ScenarioProblem, type FailTarget } from './scenario/validateScenario';
export { simulate, normalizeScenario, type Simulation } from './scenario/simulate';
export { readScenarioParams, type ScenarioParams } from './scenario/scenarioParams';
export { holdsHitRatio, isPrimaryDatabase } from './scenario/scenarioTargets';
export { SCENARIO_RULES, type ScenarioRuleId } from './scenario/scenarioFindings';
export { scaleTraffic } from './estimate/scaleTraffic';
export { nines, downtimePerYearSeconds, formatDuration, formatPercent } from './format/formatAvailability';
export { TEMPLATES, templateOf } from './templates';
export { CHAPTER_1 } from './templates/chapter1';
export { TWITTER } from './templates/twitter';
export type { Template } from './templates/template';
export { templateText, type TemplateText } from './templates/templateText';
export { renderRulesDoc } from './docs/renderRulesDoc';
export { compactJson } from './docs/compactJson';
export { mechanicalFix, REDUNDANT_INSTANCES, CACHE_TTL_SECONDS, CDN_TTL_SECONDS, type MechanicalFix } from './fixes/mechanicalFix';
export { fixPatch, applyPatch, type BoardPatch, type NameNode } from './fixes/fixPatch';
export { latency, latencyOfGraph, MAX_LATENCY_PATHS, type LatencyReport, type LatencyPath } from './latency/latency';
export { LATENCY_NUMBERS, LATENCY_SOURCES, latencyMsOf, type LatencyNumber, type LatencyNumberId, type LatencySource } from './latency/latencyNumbers';
export { KIND_LATENCY_MS, KIND_LATENCY_PARTS, HANDLING_MS, type LatencyPart } from './latency/kindLatency';
export { cost, costOfGraph, copiesOf, type CostReport } from './cost/cost';
export {
  UNIT_PRICES, PRICE_UNIT_LABEL, PRICES_AS_OF, PRICES_SOURCE, HOURS_PER_MONTH, SECONDS_PER_MONTH, unitPriceOfKind, type UnitPrice, type PriceUnit,
} from './cost/unitPrices';
export { formatMs } from './format/formatMs';
export { formatUsd } from './format/formatUsd';
export { fixAdds, describeFixAdds, type FixAdds } from './fixes/fixAdds';
export { seededRandom } from './random/seededRandom';
