#!/usr/bin/env bash
# Installs the suite on a kind cluster from nothing: Strimzi (one KRaft broker, SCRAM), CloudNativePG
# (one instance, the five databases), Keycloak (realm servicedesk), the Secrets, the images of
# `bin/suite images`, then the umbrella chart with values-kind.yaml, and runs `helm test`.
# Needs kind, kubectl, helm, podman and network access to the operators' release manifests.
# docs/deploy.md ("kind") describes each step; run from the repository root:
#   bin/suite images && k8s/examples/install-kind.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

CLUSTER="${KIND_CLUSTER:-servicedesk}"
NS=servicedesk
STRIMZI_INSTALL="${STRIMZI_INSTALL:-https://strimzi.io/install/latest?namespace=kafka}"
CNPG_MANIFEST="${CNPG_MANIFEST:-https://raw.githubusercontent.com/cloudnative-pg/cloudnative-pg/release-1.27/releases/cnpg-1.27.0.yaml}"
KEYCLOAK_IMAGE="${KEYCLOAK_IMAGE:-quay.io/keycloak/keycloak:26.4}"
VERSION=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
SERVICES=(ingest-service redaction-service retention-service rights-service)

say() { printf '==> %s\n' "$*" >&2; }
key() { head -c 32 /dev/urandom | base64; }
password() { head -c 18 /dev/urandom | base64 | tr -d '/+='; }

say "cluster $CLUSTER"
kind get clusters | grep -qx "$CLUSTER" || kind create cluster --name "$CLUSTER"
for ns in kafka database keycloak "$NS"; do kubectl create namespace "$ns" --dry-run=client -o yaml | kubectl apply -f -; done

say "images localhost/servicedesk/*:$VERSION into the nodes"
for svc in "${SERVICES[@]}"; do
    podman save --format docker-archive -o "/tmp/$svc.tar" "localhost/servicedesk/$svc:$VERSION"
    kind load image-archive "/tmp/$svc.tar" --name "$CLUSTER"
    rm -f "/tmp/$svc.tar"
done

say "Strimzi and Kafka cluster 'events' (one broker, SCRAM-SHA-512 on 9092)"
kubectl -n kafka apply -f "$STRIMZI_INSTALL"
kubectl -n kafka rollout status deployment/strimzi-cluster-operator --timeout=300s
kubectl -n kafka apply -f - <<'YAML'
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaNodePool
metadata: {name: single, labels: {strimzi.io/cluster: events}}
spec:
  replicas: 1
  roles: [controller, broker]
  storage: {type: persistent-claim, size: 5Gi}
---
apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata: {name: events, annotations: {strimzi.io/node-pools: enabled, strimzi.io/kraft: enabled}}
spec:
  kafka:
    listeners:
      - {name: plain, port: 9092, type: internal, tls: false, authentication: {type: scram-sha-512}}
    authorization: {type: simple}
    config: {offsets.topic.replication.factor: 1, transaction.state.log.replication.factor: 1, transaction.state.log.min.isr: 1}
  entityOperator: {topicOperator: {}, userOperator: {}}
YAML
kubectl -n kafka wait kafka/events --for=condition=Ready --timeout=600s

say "CloudNativePG and cluster 'pg' with the databases of the five data stores"
kubectl apply --server-side -f "$CNPG_MANIFEST"
kubectl -n cnpg-system rollout status deployment/cnpg-controller-manager --timeout=300s
roles=""
for db in ingest ingest_keys redaction retention rights; do
    user=${db//_/-}
    secret=$(case $db in ingest_keys) echo ingest-service-keys-db ;; *) echo "$db-service-db" ;; esac)
    pw=$(password)
    for ns in database "$NS"; do
        kubectl -n "$ns" create secret generic "$secret" --type=kubernetes.io/basic-auth \
            --from-literal=username="$user" --from-literal=password="$pw" --dry-run=client -o yaml | kubectl apply -f -
    done
    roles+="      - {name: $user, login: true, ensure: present, passwordSecret: {name: $secret}}"$'\n'
done
kubectl -n database apply -f - <<YAML
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata: {name: pg}
spec:
  instances: 1
  storage: {size: 2Gi}
  managed:
    roles:
$roles
YAML
kubectl -n database wait cluster/pg --for=condition=Ready --timeout=600s
for db in ingest ingest_keys redaction retention rights; do
    kubectl -n database apply -f - <<YAML
apiVersion: postgresql.cnpg.io/v1
kind: Database
metadata: {name: ${db//_/-}}
spec: {cluster: {name: pg}, name: $db, owner: ${db//_/-}}
YAML
done

say "Keycloak ($KEYCLOAK_IMAGE, development mode) with the local suite's realm servicedesk"
# The realm file of bin/suite: its roles, users dpo/handler/bot/auditor, the portal's confidential
# client and the services' audiences. Keycloak fills its ${...} placeholders from the environment.
# The browser reaches Keycloak and the portal through port-forwards on localhost (8180, 8084);
# the services reach Keycloak inside the cluster (backchannel), and every token's issuer is the
# browser's http://localhost:8180/realms/servicedesk.
PORTAL_CLIENT_SECRET="$(password)"
kubectl -n keycloak create configmap realm --from-file=servicedesk.json=bin/keycloak/servicedesk-realm.json \
    --dry-run=client -o yaml | kubectl apply -f -
kubectl -n keycloak create secret generic realm-secrets --from-literal=RIGHTS_PORTAL_CLIENT_SECRET="$PORTAL_CLIENT_SECRET" \
    --from-literal=SUITE_USER_PASSWORD_DPO="$(password)" --from-literal=SUITE_USER_PASSWORD_HANDLER="$(password)" \
    --from-literal=SUITE_USER_PASSWORD_BOT="$(password)" --from-literal=SUITE_USER_PASSWORD_AUDITOR="$(password)" \
    --dry-run=client -o yaml | kubectl apply -f -
kubectl -n keycloak apply -f - <<YAML
apiVersion: apps/v1
kind: Deployment
metadata: {name: keycloak}
spec:
  selector: {matchLabels: {app: keycloak}}
  template:
    metadata: {labels: {app: keycloak}}
    spec:
      containers:
        - name: keycloak
          image: $KEYCLOAK_IMAGE
          args: [start-dev, --import-realm, --http-port=8080, --hostname=http://localhost:8180, --hostname-backchannel-dynamic=true]
          env:
            - {name: KC_BOOTSTRAP_ADMIN_USERNAME, value: admin}
            - {name: KC_BOOTSTRAP_ADMIN_PASSWORD, value: "$(password)"}
            - {name: SUITE_PORTAL_URL, value: "http://localhost:8084"}
          envFrom: [{secretRef: {name: realm-secrets}}]
          volumeMounts: [{name: realm, mountPath: /opt/keycloak/data/import}]
      volumes: [{name: realm, configMap: {name: realm}}]
---
apiVersion: v1
kind: Service
metadata: {name: keycloak}
spec: {selector: {app: keycloak}, ports: [{port: 8080}]}
YAML
kubectl -n keycloak rollout status deployment/keycloak --timeout=600s

say "the services' keys and webhook secrets"
secret() { kubectl -n "$NS" create secret generic "$@" --dry-run=client -o yaml | kubectl apply -f -; }
secret ingest-service-webhooks --from-literal=chat="whsec_$(key)" --from-literal=telephony="whsec_$(key)" \
    --from-literal=transcription="whsec_$(key)"
secret ingest-service-keys --from-literal=master-keys="1:$(key)"
secret servicedesk-matching-key --from-literal=matching-key="$(key)"
secret redaction-service-keys --from-literal=pseudonym-key="$(key)"
secret rights-service-keys --from-literal=master-key="$(key)"
secret rights-portal-oidc --from-literal=client-secret="$PORTAL_CLIENT_SECRET"

say "the umbrella chart"
(cd k8s/charts && for c in "${SERVICES[@]}"; do helm dependency update "$c" >/dev/null; done &&
    helm dependency update servicedesk-register >/dev/null)
helm upgrade --install servicedesk k8s/charts/servicedesk-register -n "$NS" -f k8s/examples/values-kind.yaml

say "the KafkaUsers' Secrets into $NS (Strimzi writes them beside the cluster)"
for svc in "${SERVICES[@]}"; do
    until kubectl -n kafka get secret "$svc" >/dev/null 2>&1; do sleep 2; done
    kubectl -n kafka get secret "$svc" -o json |
        jq '{apiVersion, kind, type, data, metadata: {name: .metadata.name}}' | kubectl -n "$NS" apply -f -
done
for svc in ingest-service redaction-service rights-service; do
    kubectl -n "$NS" rollout status "deployment/servicedesk-$svc" --timeout=600s
done
helm test servicedesk -n "$NS"
say "installed; one sweep now: kubectl -n $NS create job --from=cronjob/servicedesk-retention-service sweep-now"
say "the DPO portal: kubectl -n keycloak port-forward svc/keycloak 8180:8080 & kubectl -n $NS port-forward svc/servicedesk-rights-service 8084:8080 &"
say "  then http://localhost:8084/portal (user dpo; its password: kubectl -n keycloak get secret realm-secrets -o jsonpath='{.data.SUITE_USER_PASSWORD_DPO}' | base64 -d)"
