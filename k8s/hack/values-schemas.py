#!/usr/bin/env python3
"""Writes values.schema.json of every chart under k8s/charts from the shapes below.

The service charts share most of their values, so their schemas are made here rather than
kept by hand in five copies. Run after changing a chart's values: python3 k8s/hack/values-schemas.py
"""
import json
import pathlib

CHARTS = pathlib.Path(__file__).resolve().parent.parent / "charts"


def obj(props, required=None, extra=False):
    o = {"type": "object", "properties": props, "additionalProperties": extra}
    if required:
        o["required"] = required
    return o


STR = {"type": "string"}
BOOL = {"type": "boolean"}
INT = {"type": "integer"}
POS = {"type": "integer", "minimum": 1}
NONNEG = {"type": "integer", "minimum": 0}
MAP = {"type": "object"}
LIST = {"type": "array"}
K8S_NAME = {"type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"}
SECRET_NAME = {"type": "string", "minLength": 1, "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"}
KEY = {"type": "string", "minLength": 1}
QUANTITY = {"type": ["string", "number"]}
PROBE = obj({"periodSeconds": POS, "timeoutSeconds": POS, "failureThreshold": POS,
             "successThreshold": POS, "initialDelaySeconds": NONNEG})
DURATION = {"type": "string", "pattern": "^[0-9]+(ms|s|m|h)$"}
INGRESS = obj({
    "enabled": BOOL, "className": STR, "host": STR,
    "paths": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": "^/"}},
    "maxBodySize": {"type": "string", "pattern": "^[0-9]+[kmg]?$"}, "timeoutSeconds": POS, "streamUploads": BOOL,
    "annotations": MAP,
    "tls": obj({"enabled": BOOL, "secretName": STR, "clusterIssuer": STR}),
}, required=["enabled", "paths", "maxBodySize", "timeoutSeconds"])
HTTP_ROUTE = obj({"enabled": BOOL, "parentRefs": {"type": "array", "items": MAP}, "hostnames": {"type": "array", "items": STR}})
EGRESS_RULE = obj({"enabled": BOOL, "ports": {"type": "array", "minItems": 1, "items": MAP}, "to": LIST})


def secret_ref(*keys, optional=False):
    props = {"existingSecret": STR if optional else SECRET_NAME}
    props.update({k: KEY for k in keys})
    return obj(props, required=list(props))


def database():
    return obj({"name": {"type": "string", "pattern": "^[a-z_][a-z0-9_]*$"}, "jdbcUrl": {"type": "string", "pattern": "^(jdbc:postgresql://.+)?$"},
                "existingSecret": SECRET_NAME, "usernameKey": KEY, "passwordKey": KEY},
               required=["name", "existingSecret", "usernameKey", "passwordKey"])


GLOBAL = obj({
    "imageRegistry": STR,
    "kafka": obj({
        "bootstrapServers": {"type": "string", "minLength": 1},
        "securityProtocol": {"enum": ["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]},
        "saslMechanism": {"enum": ["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN", "OAUTHBEARER"]},
        "tls": obj({"caSecret": K8S_NAME | {"pattern": "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?)?$"}, "caKey": KEY}),
    }, required=["bootstrapServers", "securityProtocol"]),
    "oidc": obj({"authServerUrl": {"type": "string", "pattern": "^https?://.+"}}, required=["authServerUrl"]),
    "postgresql": obj({"host": {"type": "string", "minLength": 1}, "port": {"type": "integer", "minimum": 1, "maximum": 65535},
                       "jdbcParameters": STR}),
    "networkPolicy": obj({"ingressController": LIST, "metricsFrom": LIST,
                          "egress": {"type": "object", "additionalProperties": EGRESS_RULE}}),
}, extra=True)  # an umbrella may add globals of its own


def service_schema(name, specific, deployment=True, hpa=False, job=False):
    props = {
        "nameOverride": STR, "fullnameOverride": STR, "enabled": BOOL,
        "component": K8S_NAME,
        "servicedesk-lib": MAP,  # the library dependency's (empty) values
        "image": obj({
            "registry": STR,
            "repository": {"type": "string", "minLength": 1},
            "tag": {"type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$|^$", "not": {"enum": ["latest"]}},
            "digest": {"type": "string", "pattern": "^(sha256:[a-f0-9]{64})?$"},
            "variant": {"enum": ["jvm", "native"]},
            "pullPolicy": {"enum": ["IfNotPresent", "Always", "Never"]},
        }, required=["repository", "variant"]),
        "imagePullSecrets": LIST,
        "resources": obj({"requests": obj({"cpu": QUANTITY, "memory": QUANTITY}, required=["cpu", "memory"], extra=True),
                          "limits": obj({"cpu": QUANTITY, "memory": QUANTITY}, required=["memory"], extra=True)},
                         required=["requests", "limits"]),
        "jvm": obj({"maxRamPercentage": {"type": "integer", "minimum": 10, "maximum": 95}, "options": STR}),
        "metrics": obj({"serviceMonitor": obj({"enabled": BOOL, "labels": MAP, "interval": DURATION, "scrapeTimeout": DURATION})}),
        "probes": obj({"startup": PROBE, "liveness": PROBE, "readiness": PROBE}, required=["startup", "liveness", "readiness"]),
        "securityContext": obj({"runAsUser": POS, "runAsGroup": POS, "fsGroup": POS}, required=["runAsUser", "runAsGroup", "fsGroup"]),
        "tmpVolume": obj({"sizeLimit": QUANTITY}),
        "serviceAccount": obj({"create": BOOL, "name": STR, "annotations": MAP}),
        "terminationGracePeriodSeconds": NONNEG,
        "podLabels": MAP, "podAnnotations": MAP, "nodeSelector": MAP, "tolerations": LIST, "affinity": MAP,
        "topologySpreadConstraints": LIST, "priorityClassName": STR,
        "extraEnv": {"type": "array", "items": obj({"name": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"},
                                                     "value": STR, "valueFrom": MAP}, required=["name"])},
        "extraVolumes": LIST, "extraVolumeMounts": LIST,
        "database": database(),
        "kafka": obj({"existingSecret": SECRET_NAME, "jaasConfigKey": KEY}),
        "oidc": obj({"clientId": STR, "existingSecret": STR, "clientSecretKey": KEY}),
        "networkPolicy": obj({
            "enabled": BOOL,
            "ingress": obj({"cidrs": {"type": "array", "items": {"type": "string", "pattern": "^[0-9a-fA-F:.]+/[0-9]{1,3}$"}},
                            "from": LIST}),
            "egress": {"type": "object", "additionalProperties": EGRESS_RULE},
        }),
        "global": GLOBAL,
    }
    if deployment:
        props.update({
            "replicaCount": NONNEG, "revisionHistoryLimit": NONNEG, "updateStrategy": MAP,
            "service": obj({"type": {"enum": ["ClusterIP", "NodePort", "LoadBalancer"]},
                            "port": {"type": "integer", "minimum": 1, "maximum": 65535}, "annotations": MAP}),
            "podDisruptionBudget": obj({"enabled": BOOL, "minAvailable": {"type": ["integer", "string", "null"]},
                                        "maxUnavailable": {"type": ["integer", "string"]}}),
        })
    if hpa:
        props["autoscaling"] = obj({"enabled": BOOL, "minReplicas": POS, "maxReplicas": POS,
                                    "targetCPUUtilizationPercentage": {"type": "integer", "minimum": 1, "maximum": 100},
                                    "targetMemoryUtilizationPercentage": {"type": ["integer", "null"], "minimum": 1}})
    if job:
        props["mode"] = {"enum": ["job", "service"]}
        props["cronJob"] = obj({
            "schedule": {"type": "string", "minLength": 9}, "timeZone": STR, "suspend": BOOL,
            "startingDeadlineSeconds": POS, "successfulJobsHistoryLimit": NONNEG, "failedJobsHistoryLimit": POS,
            "backoffLimit": NONNEG, "activeDeadlineSeconds": POS, "ttlSecondsAfterFinished": POS,
        }, required=["schedule", "startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit", "backoffLimit", "ttlSecondsAfterFinished"])
        props["sweepTimeout"] = {"type": "string", "pattern": "^PT([0-9]+H)?([0-9]+M)?([0-9]+S)?$"}
    props.update(specific)
    return {"$schema": "http://json-schema.org/draft-07/schema#", "title": f"Values of the {name} chart",
            **obj(props, required=["image", "resources", "probes", "securityContext", "database", "global"])}


def topic():
    return obj({"topicName": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$"}, "partitions": POS, "replicas": POS,
                "retentionMs": POS, "segmentMs": POS, "cleanupPolicy": {"enum": ["delete", "compact", "compact,delete"]},
                "maxMessageBytes": {"type": ["integer", "null"], "minimum": 1}, "extraConfig": MAP},
               required=["topicName", "partitions", "replicas", "retentionMs", "segmentMs", "cleanupPolicy"])


WEEK_MS = 7 * 24 * 3600 * 1000
interactions = topic()
interactions["properties"] = dict(interactions["properties"], retentionMs={"type": "integer", "minimum": 1, "maximum": WEEK_MS})
UMBRELLA = {
    "$schema": "http://json-schema.org/draft-07/schema#", "title": "Values of the servicedesk-register chart",
    **obj({
        "global": GLOBAL,
        "ingest-service": MAP, "redaction-service": MAP, "retention-service": MAP, "rights-service": MAP,
        "servicedesk-lib": MAP,
        "kafkaTopics": obj({
            "enabled": BOOL, "apiVersion": {"enum": ["kafka.strimzi.io/v1beta2", "kafka.strimzi.io/v1"]},
            "clusterName": K8S_NAME, "namespace": STR, "keep": BOOL, "minInsyncReplicas": POS,
            "topics": {"type": "object", "properties": {"interactions": interactions}, "required": ["interactions"],
                       "additionalProperties": topic()},
        }),
        "kafkaUsers": obj({
            "enabled": BOOL, "apiVersion": {"enum": ["kafka.strimzi.io/v1beta2", "kafka.strimzi.io/v1"]},
            "authentication": {"enum": ["scram-sha-512", "tls"]},
            "users": {"type": "object", "additionalProperties": obj({
                "writes": {"type": "array", "items": STR}, "reads": {"type": "array", "items": STR}}, required=["writes", "reads"])},
        }),
        "prometheusRule": obj({"enabled": BOOL, "labels": MAP, "sweepMaxAgeHours": POS}),
        "tests": obj({"enabled": BOOL, "image": {"type": "string", "minLength": 1}}),
    }, required=["global", "kafkaTopics"]),
}

SCHEMAS = {
    "ingest-service": service_schema("ingest-service", {
        "keysDatabase": database(),
        "webhooks": secret_ref("chatKey", "telephonyKey", "transcriptionKey"),
        "encryption": secret_ref("masterKeysKey"),
        "matchingKey": secret_ref("key"),
        "transcription": obj({"enabled": BOOL, "url": {"type": "string", "pattern": "^(https://.+)?$"},
                              "existingSecret": SECRET_NAME, "tokenKey": KEY}),
        "ingress": INGRESS, "httpRoute": HTTP_ROUTE,
    }, hpa=True),
    "redaction-service": service_schema("redaction-service", {"pseudonymKey": secret_ref("key"), "matchingKey": secret_ref("key")}, hpa=True),
    "retention-service": service_schema("retention-service", {}, job=True),
    "rights-service": service_schema("rights-service", {
        "masterKey": secret_ref("key"), "matchingKey": secret_ref("key"), "ingress": INGRESS, "httpRoute": HTTP_ROUTE,
        # The portal's client secret is required only while the portal is on.
        "portal": {**obj({"enabled": BOOL, "clientId": KEY, "existingSecret": K8S_NAME | {"pattern": "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?)?$"},
                          "clientSecretKey": KEY, "authServerUrl": {"type": "string", "pattern": "^(https://.+)?$"}},
                         required=["enabled", "clientId", "existingSecret", "clientSecretKey", "authServerUrl"]),
                   "if": {"properties": {"enabled": {"const": True}}},
                   "then": {"properties": {"existingSecret": {"minLength": 1}}}},
    }, hpa=True),
    "servicedesk-register": UMBRELLA,
}

for chart, schema in SCHEMAS.items():
    (CHARTS / chart / "values.schema.json").write_text(json.dumps(schema, indent=2) + "\n")
