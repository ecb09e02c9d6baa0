{{- define "servicedesk.service" -}}
apiVersion: v1
kind: Service
metadata:
  {{- include "servicedesk.metadata" . | nindent 2 }}
  {{- with .Values.service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ .Values.service.type }}
  selector:
    {{- include "servicedesk.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.service.port }}
      targetPort: http
      protocol: TCP
    - name: management
      port: 9000
      targetPort: management
      protocol: TCP
{{- end }}

{{- define "servicedesk.serviceAccount" -}}
{{- if .Values.serviceAccount.create }}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "servicedesk.serviceAccountName" . }}
  labels:
    {{- include "servicedesk.labels" . | nindent 4 }}
  {{- with .Values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: false
{{- end }}
{{- end }}

{{- define "servicedesk.podDisruptionBudget" -}}
{{- if .Values.podDisruptionBudget.enabled }}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  {{- include "servicedesk.metadata" . | nindent 2 }}
spec:
  {{- if .Values.podDisruptionBudget.minAvailable }}
  minAvailable: {{ .Values.podDisruptionBudget.minAvailable }}
  {{- else }}
  maxUnavailable: {{ .Values.podDisruptionBudget.maxUnavailable }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "servicedesk.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end }}

{{- define "servicedesk.horizontalPodAutoscaler" -}}
{{- $a := .Values.autoscaling }}
{{- if $a.enabled }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  {{- include "servicedesk.metadata" . | nindent 2 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "servicedesk.fullname" . }}
  minReplicas: {{ $a.minReplicas }}
  maxReplicas: {{ $a.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $a.targetCPUUtilizationPercentage }}
    {{- with $a.targetMemoryUtilizationPercentage }}
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
{{- end }}
{{- end }}

{{/*
Deny by default: ingress only on the HTTP port and only from the peers given (the CIDR
ranges of networkPolicy.ingress.cidrs, the peers of networkPolicy.ingress.from, and the
ingress controller of global.networkPolicy.ingressController when the service has an Ingress
or HTTPRoute), and on the management port from global.networkPolicy.metricsFrom (Prometheus);
none means no ingress at all; egress only by the named rules of global.networkPolicy.egress
(DNS, PostgreSQL, Kafka, the OIDC issuer) and the service's networkPolicy.egress, a rule
of the same name in the latter replacing the global one.
*/}}
{{- define "servicedesk.networkPolicy" -}}
{{- $np := .Values.networkPolicy }}
{{- if $np.enabled }}
{{- $egress := merge (deepCopy ($np.egress | default dict)) (deepCopy .Values.global.networkPolicy.egress) }}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  {{- include "servicedesk.metadata" . | nindent 2 }}
spec:
  podSelector:
    matchLabels:
      {{- include "servicedesk.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  {{- $httpFrom := $np.ingress.from | default list }}
  {{- if or (.Values.ingress).enabled (.Values.httpRoute).enabled }}
  {{- $httpFrom = concat $httpFrom (.Values.global.networkPolicy.ingressController | default list) }}
  {{- end }}
  {{- $metricsFrom := .Values.global.networkPolicy.metricsFrom | default list }}
  {{- if or $np.ingress.cidrs $httpFrom $metricsFrom }}
  ingress:
    {{- if or $np.ingress.cidrs $httpFrom }}
    - ports:
        - port: http
          protocol: TCP
      from:
        {{- range $np.ingress.cidrs }}
        - ipBlock:
            cidr: {{ . }}
        {{- end }}
        {{- with $httpFrom }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    {{- end }}
    {{- with $metricsFrom }}
    # Prometheus, to /q/metrics on the management port
    - ports:
        - port: management
          protocol: TCP
      from:
        {{- toYaml . | nindent 8 }}
    {{- end }}
  {{- else }}
  ingress: []
  {{- end }}
  egress:
    {{- range $name, $rule := $egress }}
    {{- if $rule.enabled }}
    # {{ $name }}
    - ports:
        {{- toYaml $rule.ports | nindent 8 }}
      {{- with $rule.to }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
    {{- end }}
{{- end }}
{{- end }}
