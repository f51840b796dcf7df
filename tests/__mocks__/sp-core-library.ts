// Minimal stand-ins for the SPFx runtime classes our code touches; the real ones need SharePoint's loader.
export class Version {
  private constructor(private readonly text: string) {}
  public static parse(text: string): Version {
    return new Version(text);
  }
  public toString(): string {
    return this.text;
  }
}
