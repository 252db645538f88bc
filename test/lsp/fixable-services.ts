/** `count` Services, every fourth with a lower-case protocol (a safe fix) and an unnamed second port. */
export function services(count: number): string {
  return Array.from({ length: count }, (_, i) =>
    i % 4 === 0
      ? `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\nspec:\n  selector:\n    app: s${i}\n  ports:\n  - name: http\n    port: 80\n    protocol: tcp\n  - port: 443\n`
      : `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\nspec:\n  selector:\n    app: s${i}\n  ports:\n  - name: http\n    port: 80\n`,
  ).join('---\n');
}
