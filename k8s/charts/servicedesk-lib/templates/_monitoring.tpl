{{/*
A Prometheus Operator ServiceMonitor scraping /q/metrics on the management port (9000), which
the Service exposes as "management". The NetworkPolicy admits networkPolicy.metrics.from to it.
*/}}
{{- define "servicedesk.serviceMonitor" -}}
{{- $m := .Values.metrics.serviceMonitor }}
{{- if $m.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "servicedesk.fullname" . }}
  labels:
    {{- include "servicedesk.labels" . | nindent 4 }}
    {{- with $m.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- include "servicedesk.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: management
      path: /q/metrics
      interval: {{ $m.interval }}
      scrapeTimeout: {{ $m.scrapeTimeout }}
{{- end }}
{{- end }}
