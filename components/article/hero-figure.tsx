import Image from 'next/image';
import type { HeroImage } from '@/lib/content/types';

export function HeroFigure({ image }: { image: HeroImage }) {
  return (
    <figure>
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(min-width: 1152px) 720px, (min-width: 768px) 65vw, 100vw"
        preload
        fetchPriority="high"
        className="h-auto w-full rounded-sm"
      />
      <figcaption className="mt-2 text-sm text-muted">
        {image.caption} <span className="text-xs uppercase">{image.credit}</span>
      </figcaption>
    </figure>
  );
}
