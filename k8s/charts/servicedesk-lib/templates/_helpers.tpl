{{/*
Names and labels. Every template of this library takes the root context of the service
chart that includes it, or (list <root context> <service prefix>) where it needs the
service's own templates "<prefix>.config" and "<prefix>.secretEnv".
*/}}

{{- define "servicedesk.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "servicedesk.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "servicedesk.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The version label: the image tag, or the chart's appVersion when the image is pinned by digest. */}}
{{- define "servicedesk.version" -}}
{{- default .Chart.AppVersion .Values.image.tag | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selectors: name and instance only, never the version (a selector cannot change on upgrade). */}}
{{- define "servicedesk.selectorLabels" -}}
app.kubernetes.io/name: {{ include "servicedesk.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "servicedesk.labels" -}}
helm.sh/chart: {{ include "servicedesk.chart" . }}
{{ include "servicedesk.selectorLabels" . }}
app.kubernetes.io/version: {{ include "servicedesk.version" . | quote }}
app.kubernetes.io/component: {{ .Values.component }}
app.kubernetes.io/part-of: servicedesk-register
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "servicedesk.metadata" -}}
name: {{ include "servicedesk.fullname" . }}
labels:
  {{- include "servicedesk.labels" . | nindent 2 }}
{{- end }}

{{- define "servicedesk.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "servicedesk.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
The image: registry/repository@digest, or registry/repository:tag with "-native" appended
for the native variant. A mutable "latest" tag is refused.
*/}}
{{- define "servicedesk.image" -}}
{{- $img := .Values.image }}
{{- $registry := default $img.registry (.Values.global).imageRegistry }}
{{- $repo := ternary (printf "%s/%s" $registry $img.repository) $img.repository (ne $registry "") }}
{{- if $img.digest }}
{{- printf "%s@%s" $repo $img.digest }}
{{- else }}
{{- $tag := default .Chart.AppVersion $img.tag }}
{{- if or (eq $tag "latest") (hasPrefix "latest-" $tag) }}
{{- fail "image.tag must be an immutable version or image.digest must be set; \"latest\" is not allowed" }}
{{- end }}
{{- printf "%s:%s%s" $repo $tag (ternary "-native" "" (eq $img.variant "native")) }}
{{- end }}
{{- end }}

{{/* A Kubernetes Secret reference for one environment variable: (dict "env" NAME "secret" NAME "key" KEY) */}}
{{- define "servicedesk.secretEnv" -}}
- name: {{ .env }}
  valueFrom:
    secretKeyRef:
      name: {{ required (printf "a Secret name is required for %s" .env) .secret | quote }}
      key: {{ required (printf "a Secret key is required for %s" .env) .key | quote }}
{{- end }}

{{- define "servicedesk.kafkaSasl" -}}
{{- hasPrefix "SASL_" .Values.global.kafka.securityProtocol }}
{{- end }}

{{- define "servicedesk.kafkaTls" -}}
{{- and (hasSuffix "SSL" .Values.global.kafka.securityProtocol) (ne (.Values.global.kafka.tls.caSecret | default "") "") }}
{{- end }}

{{/* The JDBC URL of a database block: its jdbcUrl, or one made from global.postgresql and its name. */}}
{{- define "servicedesk.jdbcUrl" -}}
{{- $root := index . 0 }}
{{- $db := index . 1 }}
{{- if $db.jdbcUrl }}
{{- $db.jdbcUrl }}
{{- else }}
{{- $pg := $root.Values.global.postgresql }}
{{- $params := ternary (printf "?%s" $pg.jdbcParameters) "" (ne ($pg.jdbcParameters | default "") "") }}
{{- printf "jdbc:postgresql://%s:%v/%s%s" $pg.host $pg.port (required "database.name is required" $db.name) $params }}
{{- end }}
{{- end }}
