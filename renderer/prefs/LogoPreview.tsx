// The organisation logo as Preferences hold it, on the theme's background.
import { useEffect, useState } from 'react';
import type { Asset } from '../../shared/deck/schema';
import { base64ToBytes } from '../../shared/widgets/image/assets';

export function LogoPreview({ asset, background }: { asset: Asset; background: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const u = URL.createObjectURL(new Blob([base64ToBytes(asset.data) as BlobPart], { type: asset.mime }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [asset]);
  return <span className="org-logo-preview" style={{ background }}>{url && <img src={url} alt={`Logo: ${asset.name}`} data-testid="org-logo-preview" />}</span>;
}
