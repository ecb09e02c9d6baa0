{{- define "redaction-service.config" -}}
{{- end }}

{{- define "redaction-service.secretEnv" -}}
{{- include "servicedesk.secretEnv" (dict "env" "REDACTION_PSEUDONYM_KEY" "secret" .Values.pseudonymKey.existingSecret "key" .Values.pseudonymKey.key) }}
{{ include "servicedesk.secretEnv" (dict "env" "SERVICEDESK_MATCHING_KEY" "secret" .Values.matchingKey.existingSecret "key" .Values.matchingKey.key) }}
{{- end }}
