// Registers the domain enums with type-graphql; imported once by the schema builder.
import { registerEnumType } from 'type-graphql';
import {
  Activity,
  ActivityAdviceLevel,
  ConflictManagement,
  ConflictScope,
  Device,
  Eligibility,
  EvidenceLevel,
  PublicationStatus,
  RequirementLevel,
  RuleKind,
  ScarCategory,
  Severity,
  MedicationKind,
  ScarSeverity,
  TreatmentArea,
  SkinCondition,
  SkinType,
  Slot,
  TopicalCategory,
  TreatmentSetting,
} from '../domain/enums';
import { RuleTopicalRole } from '../domain/rule-topical-role';
import { PartnerScope } from '../core/partner-scopes';
import { Role } from '../core/roles';
import { WebhookDeliveryStatus, WebhookEvent } from '../domain/webhook-event';

const enums: [object, string, string][] = [
  [Activity, 'Activity', 'Something a person does that needling rules restrict.'],
  [ActivityAdviceLevel, 'ActivityAdviceLevel', 'How firmly an activity is restricted.'],
  [ConflictManagement, 'ConflictManagement', 'How a pair conflict is resolved in a plan.'],
  [ConflictScope, 'ConflictScope', 'Whether a pair may not share a slot or a whole day.'],
  [Device, 'Device', 'Microneedling device.'],
  [Eligibility, 'Eligibility', 'May the person be needled: in increasing strength; the strongest that applies wins.'],
  [EvidenceLevel, 'EvidenceLevel', 'What kind of source a citation is.'],
  [PublicationStatus, 'PublicationStatus', 'Editorial state of an entry.'],
  [PartnerScope, 'PartnerScope', 'What a partner key may call: CATALOG_READ (catalog:read), REGIMEN_READ (regimen:read).'],
  [Role, 'Role', 'Staff role: what a signed-in user may do.'],
  [RequirementLevel, 'RequirementLevel', 'Whether a requirement must or should be met.'],
  [RuleKind, 'RuleKind', 'What a compatibility rule expresses.'],
  [RuleTopicalRole, 'RuleTopicalRole', 'How a topical takes part in a rule.'],
  [ScarCategory, 'ScarCategory', 'Atrophic (indented) or raised.'],
  [Severity, 'Severity', 'In increasing strength.'],
  [MedicationKind, 'MedicationKind', 'A kind of medicine that changes needling advice.'],
  [ScarSeverity, 'ScarSeverity', 'How marked the scarring is.'],
  [TreatmentArea, 'TreatmentArea', 'Where the needling is done.'],
  [SkinType, 'SkinType', 'Skin type a product suits.'],
  [Slot, 'Slot', 'Morning (08:00) or evening (21:00) routine.'],
  [TopicalCategory, 'TopicalCategory', 'Ingredient class family.'],
  [TreatmentSetting, 'TreatmentSetting', 'Where the treatment is done.'],
  [WebhookDeliveryStatus, 'WebhookDeliveryStatus', 'Where the delivery of one event to one endpoint stands.'],
  [WebhookEvent, 'WebhookEvent', 'What happened to an editorial entry; what a webhook endpoint subscribes to.'],
];

for (const [enumObject, name, description] of enums) {
  registerEnumType(enumObject, { name, description });
}

// Medicines are given as `medications`, which know when one was stopped; these conditions stay accepted.
const GIVE_AS_MEDICATION = 'Give the medicine in `medications` instead (with `stoppedOn` once stopped).';
registerEnumType(SkinCondition, {
  name: 'SkinCondition',
  description: 'A condition that affects needling or home care.',
  valuesConfig: Object.fromEntries(
    [
      SkinCondition.ANTICOAGULANTS,
      SkinCondition.RECENT_ISOTRETINOIN,
      SkinCondition.TAKING_ISOTRETINOIN,
      SkinCondition.NSAIDS,
      SkinCondition.PHOTOSENSITISING_MEDICATION,
      SkinCondition.ORAL_STEROIDS,
      SkinCondition.TOPICAL_STEROIDS,
    ].map((condition) => [condition, { deprecationReason: GIVE_AS_MEDICATION }]),
  ),
});
