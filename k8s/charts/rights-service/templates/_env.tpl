{{- define "rights-service.config" -}}
{{- end }}

{{- define "rights-service.secretEnv" -}}
{{- include "servicedesk.secretEnv" (dict "env" "RIGHTS_MASTER_KEY" "secret" .Values.masterKey.existingSecret "key" .Values.masterKey.key) }}
{{ include "servicedesk.secretEnv" (dict "env" "SERVICEDESK_MATCHING_KEY" "secret" .Values.matchingKey.existingSecret "key" .Values.matchingKey.key) }}
{{- end }}
