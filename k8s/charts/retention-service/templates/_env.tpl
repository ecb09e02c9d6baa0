{{- define "retention-service.config" -}}
RETENTION_MODE: {{ .Values.mode | quote }}
{{- end }}

{{- define "retention-service.secretEnv" -}}
{{- end }}
