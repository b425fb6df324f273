// Whom the privacy notice and the accessibility statement name, unless the server is told
// (PRIVACY_CONTROLLER, PRIVACY_DPO, ACCESSIBILITY_FEEDBACK): the server's defaults, and what
// the pages say before (or without) the server's answer.
export interface LegalSettings { controller: string; dpo: string; feedback: string }

export const DEFAULT_LEGAL: LegalSettings = {
  controller: 'Kommunen', dpo: 'kommunens databeskyttelsesrådgiver (DPO)', feedback: 'kommunens webredaktion',
};

/** Days after deactivation before a person is anonymised, unless RETENTION_DEACTIVATED_DAYS says otherwise. */
export const DEFAULT_DEACTIVATED_DAYS = 180;
