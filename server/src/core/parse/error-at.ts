/** A YAML error as the `yaml` package reports it: its message and where it is, as offsets into the document. */
export interface ErrorAt {
  readonly message: string;
  readonly pos: readonly [number, number];
}
