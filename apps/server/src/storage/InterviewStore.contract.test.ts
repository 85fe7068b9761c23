import { describeInterviewStoreContract } from '../../test/storage/describeInterviewStoreContract';
import { onEachDatabase } from '../../test/storage/onEachDatabase';

onEachDatabase('InterviewStore', describeInterviewStoreContract);
