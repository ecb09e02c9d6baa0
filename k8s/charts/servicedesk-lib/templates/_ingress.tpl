{{/*
The way in from outside for a public service: an Ingress, or a Gateway API HTTPRoute on a
Gateway that already exists. TLS from an existing Secret or from cert-manager (the annotation
names the issuer; cert-manager writes the Secret). The body-size and time-out settings of the
service (ingest: 200 MB recordings uploaded for up to 900 s) are written as the annotations of
ingress-nginx; other controllers take ingress.annotations.
*/}}
{{- define "servicedesk.ingress" -}}
{{- $in := .Values.ingress }}
{{- if $in.enabled }}
{{- $host := required "ingress.host is required when the Ingress is enabled" $in.host }}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  {{- include "servicedesk.metadata" . | nindent 2 }}
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: {{ $in.maxBodySize | quote }}
    nginx.ingress.kubernetes.io/proxy-read-timeout: {{ $in.timeoutSeconds | quote }}
    nginx.ingress.kubernetes.io/proxy-send-timeout: {{ $in.timeoutSeconds | quote }}
    {{- if $in.streamUploads }}
    nginx.ingress.kubernetes.io/proxy-request-buffering: "off"
    {{- end }}
    {{- with $in.tls.clusterIssuer }}
    cert-manager.io/cluster-issuer: {{ . | quote }}
    {{- end }}
    {{- with $in.annotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  {{- with $in.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if $in.tls.enabled }}
  tls:
    - hosts:
        - {{ $host | quote }}
      secretName: {{ default (printf "%s-tls" (include "servicedesk.fullname" .)) $in.tls.secretName }}
  {{- end }}
  rules:
    - host: {{ $host | quote }}
      http:
        paths:
          {{- range $in.paths }}
          - path: {{ . }}
            pathType: Prefix
            backend:
              service:
                name: {{ include "servicedesk.fullname" $ }}
                port:
                  name: http
          {{- end }}
{{- end }}
{{- end }}

{{- define "servicedesk.httpRoute" -}}
{{- $r := .Values.httpRoute }}
{{- if $r.enabled }}
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  {{- include "servicedesk.metadata" . | nindent 2 }}
spec:
  parentRefs:
    {{- required "httpRoute.parentRefs is required when the HTTPRoute is enabled" $r.parentRefs | toYaml | nindent 4 }}
  {{- with $r.hostnames }}
  hostnames:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  rules:
    - matches:
        {{- range .Values.ingress.paths }}
        - path:
            type: PathPrefix
            value: {{ . }}
        {{- end }}
      backendRefs:
        - name: {{ include "servicedesk.fullname" . }}
          port: {{ .Values.service.port }}
      timeouts:
        request: {{ printf "%vs" .Values.ingress.timeoutSeconds }}
{{- end }}
{{- end }}
