import { describeReplayLinkStoreContract } from '../../test/storage/describeReplayLinkStoreContract';
import { onEachDatabase } from '../../test/storage/onEachDatabase';

onEachDatabase('ReplayLinkStore', describeReplayLinkStoreContract);
