import { MemoryStorage } from 'botbuilder';
import { storageContract } from './storageContract';

// The reference implementation: the contract describes botbuilder's own behaviour.
storageContract('botbuilder MemoryStorage', () => new MemoryStorage());
