import { directoryFrontMetadata, TopicsFront } from '../_fronts/directory-front';

export const generateMetadata = () => directoryFrontMetadata('topics');

export default function TopicsPage() {
  return <TopicsFront />;
}
