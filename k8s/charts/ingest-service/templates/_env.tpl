{{- define "ingest-service.config" -}}
QUARKUS_DATASOURCE_KEYS_JDBC_URL: {{ include "servicedesk.jdbcUrl" (list . .Values.keysDatabase) | quote }}
INGEST_TRANSCRIPTION_ENABLED: {{ .Values.transcription.enabled | quote }}
{{- if .Values.transcription.enabled }}
INGEST_TRANSCRIPTION_URL: {{ required "transcription.url is required when transcription is enabled" .Values.transcription.url | quote }}
{{- end }}
{{- end }}

{{- define "ingest-service.secretEnv" -}}
{{- $v := .Values }}
{{- include "servicedesk.secretEnv" (dict "env" "QUARKUS_DATASOURCE_KEYS_USERNAME" "secret" $v.keysDatabase.existingSecret "key" $v.keysDatabase.usernameKey) }}
{{ include "servicedesk.secretEnv" (dict "env" "QUARKUS_DATASOURCE_KEYS_PASSWORD" "secret" $v.keysDatabase.existingSecret "key" $v.keysDatabase.passwordKey) }}
{{ include "servicedesk.secretEnv" (dict "env" "INGEST_WEBHOOK_SECRET_CHAT" "secret" $v.webhooks.existingSecret "key" $v.webhooks.chatKey) }}
{{ include "servicedesk.secretEnv" (dict "env" "INGEST_WEBHOOK_SECRET_TELEPHONY" "secret" $v.webhooks.existingSecret "key" $v.webhooks.telephonyKey) }}
{{ include "servicedesk.secretEnv" (dict "env" "INGEST_WEBHOOK_SECRET_TRANSCRIPTION" "secret" $v.webhooks.existingSecret "key" $v.webhooks.transcriptionKey) }}
{{ include "servicedesk.secretEnv" (dict "env" "INGEST_MASTER_KEYS" "secret" $v.encryption.existingSecret "key" $v.encryption.masterKeysKey) }}
{{ include "servicedesk.secretEnv" (dict "env" "SERVICEDESK_MATCHING_KEY" "secret" $v.matchingKey.existingSecret "key" $v.matchingKey.key) }}
{{- if $v.transcription.enabled }}
{{ include "servicedesk.secretEnv" (dict "env" "INGEST_TRANSCRIPTION_BEARER_TOKEN" "secret" $v.transcription.existingSecret "key" $v.transcription.tokenKey) }}
{{- end }}
{{- end }}
