export function EditorScreen({ deckRef }: { deckRef: string }) { return <div>{deckRef}</div>; }
