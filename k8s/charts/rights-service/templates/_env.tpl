{{- define "rights-service.config" -}}
{{- $portal := .Values.portal }}
RIGHTS_PORTAL_ENABLED: {{ $portal.enabled | quote }}
{{- if $portal.enabled }}
RIGHTS_PORTAL_CLIENT_ID: {{ $portal.clientId | quote }}
RIGHTS_PORTAL_AUTH_SERVER_URL: {{ $portal.authServerUrl | default .Values.global.oidc.authServerUrl | quote }}
{{- /* Set here, not only as the image's default: the session and CSRF cookies never go out without TLS. */}}
QUARKUS_OIDC_DPO_PORTAL_AUTHENTICATION_COOKIE_FORCE_SECURE: "true"
QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE: "true"
{{- end }}
{{- end }}

{{- define "rights-service.secretEnv" -}}
{{- include "servicedesk.secretEnv" (dict "env" "RIGHTS_MASTER_KEY" "secret" .Values.masterKey.existingSecret "key" .Values.masterKey.key) }}
{{ include "servicedesk.secretEnv" (dict "env" "SERVICEDESK_MATCHING_KEY" "secret" .Values.matchingKey.existingSecret "key" .Values.matchingKey.key) }}
{{- if .Values.portal.enabled }}
{{ include "servicedesk.secretEnv" (dict "env" "RIGHTS_PORTAL_CLIENT_SECRET" "secret" .Values.portal.existingSecret "key" .Values.portal.clientSecretKey) }}
{{- end }}
{{- end }}
