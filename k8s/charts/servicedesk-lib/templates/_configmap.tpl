{{/*
The non-secret settings of a service, given to its container with envFrom:
(list <root context> <service prefix>). The service adds its own keys with "<prefix>.config".
*/}}
{{- define "servicedesk.configMap" -}}
{{- $ := index . 0 }}
{{- $prefix := index . 1 }}
{{- $kafka := $.Values.global.kafka }}
apiVersion: v1
kind: ConfigMap
metadata:
  {{- include "servicedesk.metadata" $ | nindent 2 }}
data:
  QUARKUS_HTTP_HOST: "0.0.0.0"
  QUARKUS_HTTP_PORT: "8080"
  QUARKUS_MANAGEMENT_HOST: "0.0.0.0"
  QUARKUS_MANAGEMENT_PORT: "9000"
  QUARKUS_DATASOURCE_JDBC_URL: {{ include "servicedesk.jdbcUrl" (list $ $.Values.database) | quote }}
  KAFKA_BOOTSTRAP_SERVERS: {{ required "global.kafka.bootstrapServers is required" $kafka.bootstrapServers | quote }}
  KAFKA_SECURITY_PROTOCOL: {{ $kafka.securityProtocol | quote }}
  {{- if eq (include "servicedesk.kafkaSasl" $) "true" }}
  KAFKA_SASL_MECHANISM: {{ $kafka.saslMechanism | quote }}
  {{- end }}
  {{- if eq (include "servicedesk.kafkaTls" $) "true" }}
  KAFKA_SSL_TRUSTSTORE_TYPE: "PEM"
  KAFKA_SSL_TRUSTSTORE_LOCATION: {{ printf "/etc/servicedesk/kafka-ca/%s" $kafka.tls.caKey | quote }}
  {{- end }}
  QUARKUS_OIDC_AUTH_SERVER_URL: {{ required "global.oidc.authServerUrl is required" $.Values.global.oidc.authServerUrl | quote }}
  {{- with $.Values.oidc.clientId }}
  QUARKUS_OIDC_CLIENT_ID: {{ . | quote }}
  {{- end }}
  {{- if eq $.Values.image.variant "jvm" }}
  JDK_JAVA_OPTIONS: {{ printf "-XX:MaxRAMPercentage=%v %s" $.Values.jvm.maxRamPercentage ($.Values.jvm.options | default "") | trim | quote }}
  {{- with $.Values.jvm.mallocArenaMax }}
  MALLOC_ARENA_MAX: {{ . | quote }}
  {{- end }}
  {{- end }}
  {{- include (printf "%s.config" $prefix) $ | nindent 2 }}
{{- end }}
