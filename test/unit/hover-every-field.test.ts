import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldDocs } from '../../server/src/core/docs';
import { localizer } from '../../server/src/core/l10n';
import type { Language } from '../../server/src/core/l10n';
import { FileChecker } from '../../server/src/core/documents/check-file';
import { hoverAt } from '../../server/src/core/features/hover';

/** A Service, an Endpoints and an Ingress that together write every documented field once. */
const EVERYTHING = `apiVersion: v1
kind: Service
metadata:
  name: web
  generateName: web-
  namespace: shop
  labels:
    app: web
  annotations:
    team: a
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
    - name: http
      protocol: TCP
      appProtocol: http
      port: 80
      targetPort: 8080
      nodePort: 30080
  clusterIP: 10.0.0.10
  clusterIPs:
    - 10.0.0.10
  externalIPs:
    - 203.0.113.7
  sessionAffinity: ClientIP
  sessionAffinityConfig:
    clientIP:
      timeoutSeconds: 600
  loadBalancerIP: 203.0.113.8
  loadBalancerSourceRanges:
    - 10.0.0.0/8
  loadBalancerClass: example.com/lb
  externalName: db.example.com
  externalTrafficPolicy: Local
  internalTrafficPolicy: Cluster
  healthCheckNodePort: 30081
  publishNotReadyAddresses: true
  ipFamilies:
    - IPv4
  ipFamilyPolicy: SingleStack
  allocateLoadBalancerNodePorts: true
  trafficDistribution: PreferClose
status:
  loadBalancer:
    ingress:
      - ip: 203.0.113.9
---
apiVersion: v1
kind: Endpoints
metadata:
  name: web
  generateName: web-
  namespace: shop
  labels:
    app: web
  annotations:
    team: a
subsets:
  - addresses:
      - ip: 10.1.0.1
        hostname: web-0
        nodeName: node-1
        targetRef:
          kind: Pod
          name: web-0
    notReadyAddresses:
      - ip: 10.1.0.2
        hostname: web-1
        nodeName: node-2
        targetRef:
          kind: Pod
          name: web-1
    ports:
      - name: http
        port: 8080
        protocol: TCP
        appProtocol: http
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  generateName: shop-
  namespace: shop
  labels:
    app: shop
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: "true"
spec:
  ingressClassName: nginx
  defaultBackend:
    resource:
      apiGroup: k8s.example.com
      kind: StorageBucket
      name: static-assets
  tls:
    - hosts:
        - shop.example.com
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
                  name: http
status:
  loadBalancer: {}
`;

/** Hovers every key of the manifest and returns the documented keys that answered, by doc key. */
function hoverEveryKey(language: Language): Map<string, string> {
  const docs = localizer(language);
  const located = new FileChecker().analyse(EVERYTHING);
  const answered = new Map<string, string>();
  const lines = EVERYTHING.split('\n');
  lines.forEach((line, index) => {
    const match = /^(\s*(?:- )?)([A-Za-z]+):/.exec(line);
    if (!match) return;
    const hover = hoverAt(located, { line: index, character: match[1].length + 1 }, docs);
    assert.ok(hover, `no ${language} hover on line ${index + 1}: ${line}`);
    answered.set(`${index}`, hover.contents);
  });
  return answered;
}

for (const language of ['en', 'ko'] as const) {
  test(`every key of a full Service, Endpoints and Ingress has a ${language} hover with its documented summary`, () => {
    const docs = localizer(language);
    const contents = [...hoverEveryKey(language).values()].join('\n');
    const missing = Object.entries(fieldDocs(docs))
      .filter(([, doc]) => !contents.includes(doc.summary))
      .map(([key]) => key);
    assert.deepEqual(missing, []);
    if (language === 'ko') assert.match(contents, /[\uAC00-\uD7A3]/);
  });
}
