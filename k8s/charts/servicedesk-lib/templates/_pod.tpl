{{/*
The pod template that the Deployment and the CronJob share: (list <root context> <service prefix> <job mode>).
The hardening is not a value: non-root, read-only root file system with an emptyDir on /tmp,
no privilege escalation, no capabilities, the RuntimeDefault seccomp profile, no token.
*/}}
{{- define "servicedesk.podTemplate" -}}
{{- $ := index . 0 }}
{{- $prefix := index . 1 }}
{{- $job := index . 2 }}
{{- $v := $.Values -}}
metadata:
  labels:
    {{- include "servicedesk.labels" $ | nindent 4 }}
    {{- with $v.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  annotations:
    checksum/config: {{ include "servicedesk.configMap" (list $ $prefix) | sha256sum }}
    {{- with $v.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  serviceAccountName: {{ include "servicedesk.serviceAccountName" $ }}
  automountServiceAccountToken: false
  enableServiceLinks: false
  {{- with $v.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- if $job }}
  restartPolicy: Never
  {{- end }}
  terminationGracePeriodSeconds: {{ $v.terminationGracePeriodSeconds }}
  {{- with $v.priorityClassName }}
  priorityClassName: {{ . }}
  {{- end }}
  securityContext:
    runAsNonRoot: true
    runAsUser: {{ $v.securityContext.runAsUser }}
    runAsGroup: {{ $v.securityContext.runAsGroup }}
    fsGroup: {{ $v.securityContext.fsGroup }}
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: {{ include "servicedesk.name" $ }}
      image: {{ include "servicedesk.image" $ | quote }}
      imagePullPolicy: {{ $v.image.pullPolicy }}
      ports:
        - name: http
          containerPort: 8080
          protocol: TCP
        - name: management
          containerPort: 9000
          protocol: TCP
      envFrom:
        - configMapRef:
            name: {{ include "servicedesk.fullname" $ }}
      env:
        {{- include "servicedesk.secretEnv" (dict "env" "QUARKUS_DATASOURCE_USERNAME" "secret" $v.database.existingSecret "key" $v.database.usernameKey) | nindent 8 }}
        {{- include "servicedesk.secretEnv" (dict "env" "QUARKUS_DATASOURCE_PASSWORD" "secret" $v.database.existingSecret "key" $v.database.passwordKey) | nindent 8 }}
        {{- if eq (include "servicedesk.kafkaSasl" $) "true" }}
        {{- include "servicedesk.secretEnv" (dict "env" "KAFKA_SASL_JAAS_CONFIG" "secret" $v.kafka.existingSecret "key" $v.kafka.jaasConfigKey) | nindent 8 }}
        {{- end }}
        {{- if $v.oidc.existingSecret }}
        {{- include "servicedesk.secretEnv" (dict "env" "QUARKUS_OIDC_CREDENTIALS_SECRET" "secret" $v.oidc.existingSecret "key" $v.oidc.clientSecretKey) | nindent 8 }}
        {{- end }}
        {{- include (printf "%s.secretEnv" $prefix) $ | nindent 8 }}
        {{- with $v.extraEnv }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      startupProbe:
        httpGet:
          path: /q/health/started
          port: management
        {{- toYaml $v.probes.startup | nindent 8 }}
      livenessProbe:
        httpGet:
          path: /q/health/live
          port: management
        {{- toYaml $v.probes.liveness | nindent 8 }}
      readinessProbe:
        httpGet:
          path: /q/health/ready
          port: management
        {{- toYaml $v.probes.readiness | nindent 8 }}
      resources:
        {{- toYaml $v.resources | nindent 8 }}
      securityContext:
        runAsNonRoot: true
        readOnlyRootFilesystem: true
        allowPrivilegeEscalation: false
        privileged: false
        capabilities:
          drop:
            - ALL
        seccompProfile:
          type: RuntimeDefault
      volumeMounts:
        - name: tmp
          mountPath: /tmp
        {{- if eq (include "servicedesk.kafkaTls" $) "true" }}
        - name: kafka-ca
          mountPath: /etc/servicedesk/kafka-ca
          readOnly: true
        {{- end }}
        {{- with $v.extraVolumeMounts }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
  volumes:
    - name: tmp
      emptyDir:
        sizeLimit: {{ $v.tmpVolume.sizeLimit }}
    {{- if eq (include "servicedesk.kafkaTls" $) "true" }}
    - name: kafka-ca
      secret:
        secretName: {{ $.Values.global.kafka.tls.caSecret }}
        items:
          - key: {{ $.Values.global.kafka.tls.caKey }}
            path: {{ $.Values.global.kafka.tls.caKey }}
    {{- end }}
    {{- with $v.extraVolumes }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- with $v.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $v.topologySpreadConstraints }}
  topologySpreadConstraints:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
