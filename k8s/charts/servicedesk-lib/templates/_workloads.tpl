{{/* A Deployment of the service (service mode): (list <root context> <service prefix>). */}}
{{- define "servicedesk.deployment" -}}
{{- $ := index . 0 }}
{{- $prefix := index . 1 }}
apiVersion: apps/v1
kind: Deployment
metadata:
  {{- include "servicedesk.metadata" $ | nindent 2 }}
spec:
  {{- if not ($.Values.autoscaling).enabled }}
  replicas: {{ $.Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: {{ $.Values.revisionHistoryLimit }}
  selector:
    matchLabels:
      {{- include "servicedesk.selectorLabels" $ | nindent 6 }}
  strategy:
    {{- toYaml $.Values.updateStrategy | nindent 4 }}
  template:
    {{- include "servicedesk.podTemplate" (list $ $prefix false) | nindent 4 }}
{{- end }}

{{/*
A CronJob running the service in job mode: (list <root context> <service prefix>).
Runs never overlap (concurrencyPolicy Forbid, not a value); a run that exits non-zero is a
failed Job, which the history keeps; a non-compliant verdict (exit 2) is never retried.
*/}}
{{- define "servicedesk.cronJob" -}}
{{- $ := index . 0 }}
{{- $prefix := index . 1 }}
{{- $c := $.Values.cronJob }}
apiVersion: batch/v1
kind: CronJob
metadata:
  {{- include "servicedesk.metadata" $ | nindent 2 }}
spec:
  schedule: {{ $c.schedule | quote }}
  {{- with $c.timeZone }}
  timeZone: {{ . | quote }}
  {{- end }}
  concurrencyPolicy: Forbid
  suspend: {{ $c.suspend }}
  startingDeadlineSeconds: {{ $c.startingDeadlineSeconds }}
  successfulJobsHistoryLimit: {{ $c.successfulJobsHistoryLimit }}
  failedJobsHistoryLimit: {{ $c.failedJobsHistoryLimit }}
  jobTemplate:
    metadata:
      labels:
        {{- include "servicedesk.labels" $ | nindent 8 }}
    spec:
      backoffLimit: {{ $c.backoffLimit }}
      activeDeadlineSeconds: {{ $c.activeDeadlineSeconds }}
      ttlSecondsAfterFinished: {{ $c.ttlSecondsAfterFinished }}
      # Exit 2 is a verdict (not compliant): the Job fails at once. Exit 1 (a crash) and a pod
      # lost with its node are retried, the latter without counting against backoffLimit.
      podFailurePolicy:
        rules:
          - action: FailJob
            onExitCodes:
              containerName: {{ include "servicedesk.name" $ }}
              operator: In
              values: [2]
          - action: Ignore
            onPodConditions:
              - type: DisruptionTarget
      template:
        {{- include "servicedesk.podTemplate" (list $ $prefix true) | nindent 8 }}
{{- end }}
