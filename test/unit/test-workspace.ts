import { WorkspaceIndex } from '../../server/src/core/index/workspace-index';

/** A workspace index holding `files` (name → text) under `file:///ws/`, as the server would after its scan. */
export function workspaceOf(files: Readonly<Record<string, string>>, defaultNamespace?: string): WorkspaceIndex {
  const index = new WorkspaceIndex(defaultNamespace === undefined ? {} : { defaultNamespace });
  for (const [name, text] of Object.entries(files)) index.setFile(`file:///ws/${name}`, text);
  return index;
}

/** The Deployment `my-app` (pods `app.kubernetes.io/name: MyApp`) whose container `web` has one named port. */
export const myAppDeployment = (portName = 'http', port = 80): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: my-app
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: MyApp
  template:
    metadata:
      labels:
        app.kubernetes.io/name: MyApp
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - name: ${portName}
              containerPort: ${port}
`;

/** The seed example's NodePort Service `my-service`, selecting the pods of {@link myAppDeployment}: 80 → `targetPort`. */
export const myService = (targetPort: string | number): string => `apiVersion: v1
kind: Service
metadata:
  name: my-service
spec:
  type: NodePort
  selector:
    app.kubernetes.io/name: MyApp
  ports:
    - port: 80
      targetPort: ${targetPort}
      nodePort: 30007
`;

/**
 * The Service `web` (in `namespace`, of `type`, when given) selecting the pods `app: web`, with `ports`: the lines
 * of its port list as written, indentation included.
 */
export function webService(ports: string, { namespace, type }: { namespace?: string; type?: string } = {}): string {
  const metadata = namespace === undefined ? '' : `  namespace: ${namespace}\n`;
  const spec = type === undefined ? '' : `  type: ${type}\n`;
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${metadata}spec:\n${spec}  selector:\n    app: web\n  ports:\n${ports}`;
}
