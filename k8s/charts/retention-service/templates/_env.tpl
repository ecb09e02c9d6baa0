{{- define "retention-service.config" -}}
RETENTION_MODE: {{ .Values.mode | quote }}
RETENTION_SWEEP_TIMEOUT: {{ .Values.sweepTimeout | quote }}
{{- end }}

{{- define "retention-service.secretEnv" -}}
{{- end }}
