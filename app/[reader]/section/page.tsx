import { directoryFrontMetadata, SectionsFront } from '../_fronts/directory-front';

export const generateMetadata = () => directoryFrontMetadata('sections');

export default function SectionsPage() {
  return <SectionsFront />;
}
